import { consoleLog } from '../service/serviceLog';
import { createTrialRecordService } from '../trialRecordService';

/** The language service behind every command; a failure inside it (a rule that throws) is written to stderr. */
export const cliService = createTrialRecordService({ log: consoleLog });
