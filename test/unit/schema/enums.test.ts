import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_STUDY_ENUMS, OTHER_STUDY_ENUMS, PROTOCOL_ENUMS, definitions, oasSchemas } from './schemaTestKit';

const enumDefinitions = Object.entries(definitions).filter(([, definition]) => Array.isArray(definition.enum));

describe('record schema enums', () => {
  it('has exactly the 41 study enums of the spec, by name', () => {
    assert.equal(ALL_STUDY_ENUMS.length, 41);
    assert.deepEqual(enumDefinitions.map(([name]) => name).sort(), [...ALL_STUDY_ENUMS].sort());
    // The spec has 42 enums: the 41 above plus FieldStatsType, which describes API statistics.
    const specEnums = Object.entries(oasSchemas)
      .filter(([, node]) => Array.isArray(node.enum))
      .map(([name]) => name);
    assert.equal(specEnums.length, 42);
    assert.deepEqual(
      specEnums.filter((name) => !ALL_STUDY_ENUMS.includes(name)),
      ['FieldStatsType'],
    );
  });

  for (const name of ALL_STUDY_ENUMS) {
    it(`${name} equals the spec value for value, in order`, () => {
      const official = oasSchemas[name]?.enum;
      assert.ok(official, `${name} is not an enum in schemas/ctg-oas-v2.yaml`);
      assert.deepEqual(definitions[name]?.enum, official);
      assert.equal(definitions[name]?.type, 'string');
    });
  }

  it('gives every enum one label and one "Label — explanation" description per value', () => {
    for (const [name, definition] of enumDefinitions) {
      const values = definition.enum ?? [];
      const labels = definition['x-enumLabels'] ?? [];
      const descriptions = definition.enumDescriptions ?? [];
      assert.equal(labels.length, values.length, `${name} labels`);
      assert.equal(descriptions.length, values.length, `${name} descriptions`);
      labels.forEach((label, index) => {
        assert.ok(label.trim().length > 0, `${name}.${values[index]} has an empty label`);
        assert.ok(descriptions[index].startsWith(`${label} — `), `${name}.${values[index]}: ${descriptions[index]}`);
        assert.ok(descriptions[index].length > label.length + 10, `${name}.${values[index]} needs an explanation`);
      });
      assert.ok(definition.title && definition.description, `${name} needs a title and description`);
    }
  });

  it('uses the registry source values as labels', () => {
    const label = (name: string, value: string): string | undefined => {
      const definition = definitions[name];
      return definition?.['x-enumLabels']?.[definition.enum?.indexOf(value) ?? -1];
    };
    assert.equal(label('Status', 'NOT_YET_RECRUITING'), 'Not yet recruiting');
    assert.equal(label('Status', 'ACTIVE_NOT_RECRUITING'), 'Active, not recruiting');
    assert.equal(label('Status', 'UNKNOWN'), 'Unknown status');
    assert.equal(label('Phase', 'PHASE2'), 'Phase 2');
    assert.equal(label('Phase', 'NA'), 'Not Applicable');
    assert.equal(label('DesignAllocation', 'NA'), 'N/A');
    assert.equal(label('DesignMasking', 'NONE'), 'None (Open Label)');
    assert.equal(label('ReferenceType', 'BACKGROUND'), 'background');
    assert.equal(label('PrimaryPurpose', 'ECT'), 'Educational/Counseling/Training');
    assert.equal(label('InterventionalAssignment', 'SINGLE_GROUP'), 'Single Group Assignment');
    assert.equal(label('SecondaryIdType', 'CTIS'), 'EU Trial (CTIS) Number');
    assert.equal(label('IpdSharingInfoType', 'SAP'), 'Statistical Analysis Plan (SAP)');
    assert.equal(label('BrowseLeafRelevance', 'HIGH'), 'high');
    assert.equal(definitions.Status?.enumDescriptions?.[3], 'Not yet recruiting — the study has not started recruiting participants.');
  });

  it('uses all 29 protocol enums inside the protocol section and none of the other 12', () => {
    const used = enumsUnder('ProtocolSection');
    assert.deepEqual([...used].sort(), [...PROTOCOL_ENUMS].sort());
    for (const name of OTHER_STUDY_ENUMS) assert.ok(!used.has(name), name);
  });

  it('uses the 9 results enums in the results section and the 2 annotation enums in the annotation section', () => {
    assert.deepEqual([...enumsUnder('ResultsSection')].sort(), [
      'AgreementRestrictionType',
      'AnalysisDispersionType',
      'ConfidenceIntervalNumSides',
      'EventAssessment',
      'MeasureDispersionType',
      'MeasureParam',
      'NonInferiorityType',
      'OutcomeMeasureType',
      'ReportingStatus',
    ]);
    assert.deepEqual([...enumsUnder('AnnotationSection')].sort(), ['UnpostedEventType', 'ViolationEventType']);
    // The only study enum left out is the derived section's, which the registry computes.
    const everywhere = new Set([...enumsUnder('ProtocolSection'), ...enumsUnder('ResultsSection'), ...enumsUnder('AnnotationSection')]);
    assert.deepEqual(
      ALL_STUDY_ENUMS.filter((name) => !everywhere.has(name)),
      ['BrowseLeafRelevance'],
    );
  });

  it('puts each enum exactly where the spec does, in every section', () => {
    for (const [name, definition] of Object.entries(definitions)) {
      const official = oasSchemas[name];
      if (definition.type !== 'object' || !official?.properties) continue;
      for (const [key, oasProperty] of Object.entries(official.properties)) {
        const oasRef = oasProperty.$ref ?? oasProperty.items?.$ref;
        const enumName = oasRef?.replace('#/components/schemas/', '');
        if (!enumName || !Array.isArray(oasSchemas[enumName]?.enum)) continue;
        const ours = definition.properties?.[key];
        assert.equal(ours?.$ref ?? ours?.items?.$ref, `#/definitions/${enumName}`, `${name}.${key}`);
      }
    }
  });
});

/** The enum definitions used by the properties of an object definition and the objects it reaches. */
function enumsUnder(start: string): Set<string> {
  const used = new Set<string>();
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const definition = definitions[name];
    if (Array.isArray(definition?.enum)) {
      used.add(name);
      return;
    }
    for (const property of Object.values(definition?.properties ?? {})) {
      const ref = property.$ref ?? property.items?.$ref;
      if (ref) visit(ref.replace('#/definitions/', ''));
    }
  };
  visit(start);
  return used;
}
