import type { ServiceLog } from '../service/serviceLog';
import { describeError } from '../service/serviceLog';
import { DEFAULT_SETTINGS, readSettings, unknownRuleIds, type ServerSettings } from './settings';

/** How the server reaches the client's settings. */
export interface SettingsSource {
  /** The `trialRecord` section for a document (its folder's settings in a multi-root workspace), or the window's. */
  fetch(scopeUri: string | undefined): Promise<unknown>;
  /** Tells the user about a setting that names no rule. */
  warnUser(message: string): void;
  readonly log: ServiceLog;
}

/**
 * The `trialRecord.*` settings of each open document. In a multi-root workspace every folder may set its
 * own `trialRecord.rules`, so the settings are asked for with the document as their scope, kept per document
 * and asked for again when the client says they changed.
 */
export class DocumentSettings {
  private windowSettings: ServerSettings = DEFAULT_SETTINGS;
  private readonly byUri = new Map<string, ServerSettings>();
  /** Warnings already shown, so each unknown rule id is named once, not once per document. */
  private readonly warned = new Set<string>();

  constructor(private readonly source: SettingsSource) {}

  /** The settings a document is checked with (the window's until its own have arrived). */
  for(uri: string): ServerSettings {
    return this.byUri.get(uri) ?? this.windowSettings;
  }

  /** Reads the settings of the window (`scopeUri` undefined) or of one document; the defaults when that fails. */
  async load(uri?: string): Promise<ServerSettings> {
    const settings = await this.read(uri);
    if (uri === undefined) this.windowSettings = settings;
    else this.byUri.set(uri, settings);
    return settings;
  }

  /** The settings of a document that is not open (kept nowhere): its folder's, or the defaults when that fails. */
  async read(uri?: string): Promise<ServerSettings> {
    let settings: ServerSettings;
    try {
      settings = readSettings(await this.source.fetch(uri));
    } catch (error) {
      this.source.log.warn(
        `Could not read the trialRecord settings${uri ? ` for ${uri}` : ''}, using the defaults: ${describeError(error)}`,
      );
      settings = DEFAULT_SETTINGS;
    }
    this.warnAboutUnknownRules(settings);
    return settings;
  }

  /** Settings pushed by a client that does not answer `workspace/configuration`: the same for every document. */
  usePushed(raw: unknown): void {
    this.byUri.clear();
    this.windowSettings = readSettings(raw);
    this.warnAboutUnknownRules(this.windowSettings);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private warnAboutUnknownRules(settings: ServerSettings): void {
    // Only the server knows the rule ids; the client checks the levels (client/src/ruleSettingsProblems.ts).
    const unknown = unknownRuleIds(settings.rules);
    const message = `trialRecord.rules: ${unknown.join(' ')}`;
    if (unknown.length === 0 || this.warned.has(message)) return;
    this.warned.add(message);
    this.source.warnUser(message);
  }
}
