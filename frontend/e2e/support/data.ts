const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hữu', 'Ngọc', 'Thanh', 'Quốc', 'Kim'];
const GIVEN = [
  'Ánh', 'Bảo', 'Cường', 'Diệp', 'Đức', 'Giang', 'Hạnh', 'Hiếu', 'Khải', 'Lộc', 'Mỹ', 'Nhàn', 'Oanh', 'Phúc',
  'Quyên', 'Sương', 'Tâm', 'Thắm', 'Uyên', 'Vững', 'Xuân', 'Yến', 'Luỹ', 'Nguyệt', 'Trường', 'Hoà', 'Dũng',
];

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];

/**
 * A Vietnamese name unlikely to exist in the demo data: surname, middle name and three given
 * syllables, so searching for its unaccented form finds this person only.
 */
export function uniqueName(): string {
  return `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)} ${pick(GIVEN)} ${pick(GIVEN)}`;
}

/** The name without accents, as an officer types it on a keyboard without Telex. */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

let serial = Math.floor(Math.random() * 900_000);

/**
 * A citizen id consistent with the person: province 087 (Đồng Tháp), the century/sex digit,
 * the last two digits of the birth year, and six digits that make it unique.
 */
export function citizenId(dateOfBirth: string, sex: 'MALE' | 'FEMALE'): string {
  const year = Number(dateOfBirth.slice(0, 4));
  const centurySex = (year >= 2000 ? 2 : 0) + (sex === 'FEMALE' ? 1 : 0);
  serial = (serial + 7919 + Math.floor(Math.random() * 1000)) % 1_000_000;
  return `087${centurySex}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

/** "1980-03-15" as typed in the form: "15/03/1980". */
export function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export interface PersonData {
  fullName: string;
  dateOfBirth: string;
  sex: 'MALE' | 'FEMALE';
  relationship: 'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT';
  citizenId?: string;
}

export function person(relationship: PersonData['relationship'], dateOfBirth: string, sex: PersonData['sex']): PersonData {
  return { fullName: uniqueName(), dateOfBirth, sex, relationship, citizenId: citizenId(dateOfBirth, sex) };
}

/** A household of three: head, spouse and a child too young for a citizen id. */
export function familyOfThree(): PersonData[] {
  return [
    person('HEAD', '1979-08-21', 'MALE'),
    person('SPOUSE', '1982-02-03', 'FEMALE'),
    { ...person('CHILD', '2016-11-30', 'FEMALE'), citizenId: undefined },
  ];
}
