// Which units get a tab of their own and whose addresses edit it (src/core/unit-tabs.ts).

import { planUnitTabs, readCampaign, splitEmails } from '../../src/core';
import { UNIT_ROWS, workbook } from '../core/fixtures';

describe('unit tabs plan', () => {
  it('splits an Email cell at ; , and new lines, keeping each address once and naming what is not one', () => {
    expect(splitEmails(' a@x.vn; B@x.vn ,\nb@x.vn;;  ')).toEqual({ emails: ['a@x.vn', 'B@x.vn'], invalid: [] });
    expect(splitEmails('doan p01 gmail.com; bt@p01')).toEqual({
      emails: [],
      invalid: ['doan p01 gmail.com', 'bt@p01'],
    });
    expect(splitEmails('')).toEqual({ emails: [], invalid: [] });
  });

  it('plans a tab for each unit without one; any spelling of a unit tab counts as its tab', () => {
    const units = readCampaign(workbook()).campaign.units;
    const { plans, existing } = planUnitTabs(units, ['Kết quả', 'Ket qua - p02', 'Entries - BVQ11', 'Kết quả–P03']);
    expect(existing).toEqual(['P02', 'BVQ11']);
    // "Kết quả–P03" without spaces is not an Entries tab, so P03 still gets one.
    expect(plans.map((p) => p.name)).toEqual(['Kết quả – P01', 'Kết quả – P03', 'Kết quả – KYMDAN']);
    expect(plans[0]).toMatchObject({ pendingName: 'Chỉ Tiêu đang tạo – P01', emails: [UNIT_ROWS[0]![3]] });
  });
});
