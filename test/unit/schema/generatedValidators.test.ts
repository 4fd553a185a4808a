// The shipped validators are generated code (scripts/schema/generate-validators.ts). They must
// judge every record exactly as ajv compiling the schema at run time would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import {
  createRecordAjv,
  moduleNamesOf,
  RECORD_SCHEMA_ID,
  SECTION_LEVEL_SCHEMA_ID,
  sectionModuleNamesOf,
  sectionModuleSchemaId,
  STUDY_LEVEL_SCHEMA_ID,
} from '../../../server/src/service/schema/recordAjv';
import { RECORD_SCHEMA_JSON } from '../../../server/src/service/schema/recordSchema';
import { SchemaValidator } from '../../../server/src/service/schema/schemaValidator';
import { STUDY_SECTIONS } from '../../../server/src/service/schema/studySections';
import { fixtureStudies, ROOT } from './schemaTestKit';

const runtime = createRecordAjv(RECORD_SCHEMA_JSON);
const generated = new SchemaValidator();

function runtimeErrors(ref: string, value: unknown): string[] {
  // The record schema has no `$async` part, so its validators answer synchronously.
  const validate: ValidateFunction | undefined = runtime.getSchema(ref);
  assert.ok(validate, ref);
  validate(value);
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword} ${error.message}`);
}

function sections(): Array<{ name: string; section: Record<string, unknown> }> {
  const samples = readdirSync(path.join(ROOT, 'samples'))
    .filter((file) => /\.trial\.(ya?ml|json)$/.test(file))
    .map((file) => {
      const text = readFileSync(path.join(ROOT, 'samples', file), 'utf8');
      return { name: file, section: (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as Record<string, unknown> };
    });
  const studies = fixtureStudies().map((fixture) => ({
    name: `${fixture.file} ${fixture.nctId}`,
    section: fixture.study.protocolSection as Record<string, unknown>,
  }));
  return [...samples, ...studies];
}

describe('generated schema validators', () => {
  it('cover the same 13 modules as the schema', () => {
    assert.deepEqual(generated.moduleNames, moduleNamesOf(RECORD_SCHEMA_JSON));
    assert.equal(generated.moduleNames.length, 13);
  });

  it('cover each module of the results, document and annotation sections', () => {
    assert.deepEqual(generated.sectionModuleNames('resultsSection'), [
      'participantFlowModule',
      'baselineCharacteristicsModule',
      'outcomeMeasuresModule',
      'adverseEventsModule',
      'moreInfoModule',
    ]);
    for (const section of STUDY_SECTIONS) {
      assert.deepEqual(generated.sectionModuleNames(section), sectionModuleNamesOf(RECORD_SCHEMA_JSON, section), section);
    }
  });

  for (const fixture of fixtureStudies().filter(({ study }) => STUDY_SECTIONS.some((section) => section in study))) {
    it(`judge the study sections of ${fixture.file} ${fixture.nctId} exactly as ajv at run time`, () => {
      const study = fixture.study as Record<string, Record<string, unknown>>;
      const line = (error: { instancePath: string; keyword: string; message?: string }) =>
        `${error.instancePath} ${error.keyword} ${error.message}`;
      assert.deepEqual(generated.validateStudyLevel(study as never).map(line), runtimeErrors(STUDY_LEVEL_SCHEMA_ID, study));
      for (const section of STUDY_SECTIONS) {
        for (const [moduleName, value] of Object.entries(study[section] ?? {})) {
          const expected = runtimeErrors(sectionModuleSchemaId(section, moduleName), value).map(
            (text) => `/${section}/${moduleName}${text}`,
          );
          assert.deepEqual(
            generated.validateSectionModule(section, moduleName, value as never).map(line),
            expected,
            `${section}/${moduleName}`,
          );
        }
      }
    });
  }

  it('judge a study with mistakes in its results exactly as ajv at run time', () => {
    const module = { eventGroups: [{ id: 'EG000', seriousNumAtRisk: 'ten', deathsNumAffected: -1, extra: true }], seriousEvents: {} };
    const line = (error: { instancePath: string; keyword: string; message?: string }) =>
      `${error.instancePath} ${error.keyword} ${error.message}`;
    const expected = runtimeErrors(sectionModuleSchemaId('resultsSection', 'adverseEventsModule'), module).map(
      (text) => `/resultsSection/adverseEventsModule${text}`,
    );
    assert.ok(expected.length >= 4, expected.join('\n'));
    assert.deepEqual(generated.validateSectionModule('resultsSection', 'adverseEventsModule', module as never).map(line), expected);
    const study = {
      protocolSection: {},
      resultsSection: { outcomeMeasures: [], moreInfoModule: 'x' },
      documentSection: 1,
      derivedSection: 'x',
    };
    assert.deepEqual(generated.validateStudyLevel(study as never).map(line), runtimeErrors(STUDY_LEVEL_SCHEMA_ID, study));
    assert.equal(generated.validateStudyLevel(study as never).length, 3);
  });

  for (const { name, section } of sections()) {
    it(`judge ${name} exactly as ajv at run time`, () => {
      const expectedSection = runtimeErrors(SECTION_LEVEL_SCHEMA_ID, section);
      const actualSection = generated
        .validateSectionLevel(section as never)
        .map((error) => `${error.instancePath} ${error.keyword} ${error.message}`);
      assert.deepEqual(actualSection, expectedSection);
      for (const moduleName of generated.moduleNames) {
        if (!(moduleName in section)) continue;
        const expected = runtimeErrors(
          `${RECORD_SCHEMA_ID}#/definitions/ProtocolSection/properties/${moduleName}`,
          section[moduleName],
        ).map((line) => `/${moduleName}${line}`);
        const actual = generated
          .validateModule(moduleName, section[moduleName] as never)
          .map((error) => `${error.instancePath} ${error.keyword} ${error.message}`);
        assert.deepEqual(actual, expected, moduleName);
      }
    });
  }
});
