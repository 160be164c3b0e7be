import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { actionLabel, groupByMember, readableChanges } from './history-format';

const t = i18n.t.bind(i18n);

describe('history, readable', () => {
  it('labels fields, translates codes and formats dates, money and yes/no', async () => {
    await i18n.changeLanguage('vi');
    const changes = readableChanges(
      t,
      [
        { field: 'address', from: 'Số 27', to: 'Số 29', masked: false },
        { field: 'monthlyIncomePerCapitaVnd', to: 1350000, masked: false },
        { field: 'housing.wallMaterial', from: 'BAMBOO_LEAVES', to: 'BRICK_STONE', masked: false },
        { field: 'housing.usesTelecom', from: false, to: true, masked: false },
        { field: 'members[Lê Văn Nhàn].dateOfBirth', to: '1979-08-21', masked: false },
        { field: 'members[Lê Văn Nhàn].citizenId', masked: true },
        { field: 'somethingNew', from: 'a', to: 'b', masked: false },
      ],
      'vi',
    );
    expect(changes).toEqual([
      { label: 'Địa chỉ', from: 'Số 27', to: 'Số 29', added: false, member: undefined },
      { label: 'Thu nhập bình quân đầu người/tháng', from: '(trống)', to: '1.350.000 đ', added: true, member: undefined },
      { label: 'Vật liệu tường', from: 'Tre, nứa, lá', to: 'Gạch, đá', added: false, member: undefined },
      { label: 'Sử dụng dịch vụ viễn thông', from: 'Không', to: 'Có', added: false, member: undefined },
      { label: 'Ngày sinh', from: '(trống)', to: '21/08/1979', added: true, member: 'Lê Văn Nhàn' },
      { label: 'Số định danh cá nhân', from: '(đã ẩn)', to: '(đã ẩn)', added: true, member: 'Lê Văn Nhàn' },
      { label: 'somethingNew', from: 'a', to: 'b', added: false, member: undefined },
    ]);
    expect(groupByMember(changes).map((g) => [g.member, g.changes.length])).toEqual([
      [undefined, 5],
      ['Lê Văn Nhàn', 2],
    ]);
  });

  it('names actions in the user’s language, raw when unknown', async () => {
    await i18n.changeLanguage('en');
    expect(actionLabel(t, 'HOUSEHOLD_UPDATED')).toBe('Household updated');
    expect(actionLabel(t, 'SOMETHING_ELSE')).toBe('SOMETHING_ELSE');
  });
});
