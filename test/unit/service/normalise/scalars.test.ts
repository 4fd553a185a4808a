import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readBoolean, readCount } from '../../../../server/src/service/normalise';

describe('normalise: booleans and counts', () => {
  it('reads yes/no words', () => {
    for (const yes of ['Yes', 'yes', 'TRUE', 'y']) assert.equal(readBoolean(yes), true, yes);
    for (const no of ['No', 'false', 'N']) assert.equal(readBoolean(no), false, no);
    assert.equal(readBoolean('maybe'), undefined);
  });

  it('reads whole numbers with or without thousands separators', () => {
    assert.equal(readCount('1,200'), 1200);
    assert.equal(readCount(' 92 '), 92);
    assert.equal(readCount('3,508,001'), 3508001);
    for (const written of ['1,20', '12,00,000', '1.5', '-3', 'about 40', '']) assert.equal(readCount(written), undefined, written);
  });
});
