// A worker for the pool's tests: upper-cases its task, or misbehaves as the task asks.
import { serveTasks } from '../../../server/src/cli/poolWorker';

serveTasks(async (task: string) => {
  await new Promise((resolve) => setTimeout(resolve, task.length % 3));
  if (task === 'throw') throw new Error('thrown for this task');
  if (task === 'exit') process.exit(7);
  if (task === 'uncloneable') return (() => task) as unknown as string;
  return task.toUpperCase();
});
