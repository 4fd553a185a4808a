// The validation queue runs one step per turn, documents taking turns, and idle-time preparation (a job
// whose results are published) only when no other document has work; an edit drops a run in flight.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ValidationQueue, type ValidationJob } from '../../server/src/lsp/validationQueue';

/** A job of `work` steps then `preparation` idle steps, logging each step as `uri:kind`. */
function job(uri: string, work: number, preparation: number, log: string[]): ValidationJob {
  let done = 0;
  return {
    get idle() {
      return done >= work;
    },
    step() {
      log.push(`${uri}:${done < work ? 'work' : 'prepare'}`);
      done++;
      return done >= work + preparation;
    },
  };
}

async function settled(queue: ValidationQueue): Promise<void> {
  while (queue.size > 0) await new Promise((resolve) => setImmediate(resolve));
}

describe('validation queue', () => {
  it('lets a document opened during another one’s idle preparation go first', async () => {
    const log: string[] = [];
    const queue = new ValidationQueue((uri) => (uri === 'large' ? job('large', 2, 5, log) : job('small', 3, 1, log)));
    queue.request('large');
    while (!log.includes('large:prepare')) await new Promise((resolve) => setImmediate(resolve));
    queue.request('small');
    await settled(queue);
    const smallDone = log.lastIndexOf('small:work');
    const preparesBefore = log.slice(0, smallDone).filter((entry) => entry === 'large:prepare').length;
    // At most the preparation step already running when the small record came waits before it.
    assert.ok(preparesBefore <= 2, log.join(' '));
    assert.equal(log.filter((entry) => entry === 'large:prepare').length, 5, 'the preparation finishes afterwards');
  });

  it('lets documents with work take turns, and drops a run in flight on a new request', async () => {
    const log: string[] = [];
    let started = 0;
    const queue = new ValidationQueue((uri) => {
      started++;
      return job(uri, 2, 0, log);
    });
    queue.request('a');
    queue.request('b');
    while (!log.includes('a:work')) await new Promise((resolve) => setImmediate(resolve));
    queue.request('a');
    await settled(queue);
    assert.deepEqual(log.slice(0, 2), ['a:work', 'b:work'], 'turns');
    // a's first run was dropped after its first step: a fresh run does both steps.
    assert.equal(log.filter((entry) => entry === 'a:work').length, 3, log.join(' '));
    assert.equal(log.filter((entry) => entry === 'b:work').length, 2, log.join(' '));
    assert.equal(started, 3);
  });
});

describe('validation queue and incoming messages', () => {
  it('holds idle work while a message arrives and until the messages that came are dispatched', async () => {
    const log: string[] = [];
    let arriving = false;
    let completed = 0;
    let settle = () => undefined as void;
    const queue = new ValidationQueue(() => job('large', 1, 50, log), {
      get arriving() {
        return arriving;
      },
      takeCompleted() {
        const count = completed;
        completed = 0;
        return count;
      },
      onSettled(listener) {
        settle = listener;
      },
    });
    queue.request('large');
    while (!log.includes('large:prepare')) await new Promise((resolve) => setImmediate(resolve));
    arriving = true;
    const before = log.length;
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    // At most the step under way when the message began.
    assert.ok(log.length <= before + 1, `${log.length - before} steps while arriving`);
    const held = log.length;
    arriving = false;
    completed = 2;
    settle();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(log.length, held, 'no idle step in the turn the messages are dispatched');
    await settled(queue);
    assert.equal(log.filter((entry) => entry === 'large:prepare').length, 50);
  });

  it('does not hold idle work for messages that came while nothing waited', async () => {
    const log: string[] = [];
    let completed = 5000;
    const queue = new ValidationQueue(() => job('doc', 1, 3, log), {
      arriving: false,
      takeCompleted() {
        const count = completed;
        completed = 0;
        return count;
      },
      onSettled: () => undefined,
    });
    queue.request('doc');
    let turns = 0;
    while (queue.size > 0 && turns < 100) {
      turns++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(queue.size, 0, `still waiting after ${turns} turns`);
  });
});
