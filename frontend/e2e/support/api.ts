import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import { accessToken } from './auth';
import type { PersonData } from './data';
import { env } from './env';

export interface CreatedHousehold {
  id: string;
  code: string;
  version: number;
  address: string;
  hamletCode: string;
}

function memberBody(p: PersonData) {
  return {
    fullName: p.fullName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    relationship: p.relationship,
    ...(p.citizenId ? { citizenId: p.citizenId } : {}),
    ethnicity: 'KINH',
    disability: 'NONE',
    schoolAttendance: 'NOT_APPLICABLE',
    educationLevel: 'LOWER_SECONDARY',
    employment: 'SELF_EMPLOYED',
    labourContract: 'NOT_APPLICABLE',
  };
}

/** The API as the signed-in user of a page: same token, same permissions, same area. */
export class Api {
  private constructor(private readonly http: APIRequestContext) {}

  static async asUserOf(page: Page): Promise<Api> {
    const token = await accessToken(page);
    const http = await request.newContext({
      baseURL: env.apiUrl,
      extraHTTPHeaders: { Authorization: `Bearer ${token}`, Origin: env.baseUrl },
    });
    return new Api(http);
  }

  async dispose(): Promise<void> {
    await this.http.dispose();
  }

  async hamletsOf(communeCode: string): Promise<string[]> {
    const res = await this.http.get('/api/v1/areas', { params: { level: 'HAMLET', parentCode: communeCode, size: 100 } });
    expect(res.ok(), await res.text()).toBeTruthy();
    const page = (await res.json()) as { items: { code: string }[] };
    expect(page.items.length).toBeGreaterThan(0);
    return page.items.map((a) => a.code);
  }

  async registerHousehold(communeCode: string, members: PersonData[], address = 'Số 1, đường Bờ Kênh'): Promise<CreatedHousehold> {
    const [hamletCode] = await this.hamletsOf(communeCode);
    const res = await this.http.post('/api/v1/households', {
      data: { communeCode, hamletCode, address, members: members.map(memberBody) },
    });
    expect(res.status(), await res.text()).toBe(201);
    const h = (await res.json()) as CreatedHousehold;
    return { id: h.id, code: h.code, version: h.version, address: h.address, hamletCode: h.hamletCode };
  }

  async household(id: string): Promise<CreatedHousehold & { version: number }> {
    const res = await this.http.get(`/api/v1/households/${id}`);
    expect(res.ok(), await res.text()).toBeTruthy();
    return (await res.json()) as CreatedHousehold;
  }

  /** Changes the address as another officer would, with the version they loaded. */
  async changeAddress(id: string, address: string): Promise<void> {
    const current = (await (await this.http.get(`/api/v1/households/${id}`)).json()) as Record<string, unknown> & {
      version: number;
    };
    const res = await this.http.put(`/api/v1/households/${id}`, {
      headers: { 'If-Match': `"${current.version}"` },
      data: {
        hamletCode: current.hamletCode,
        address,
        ...(current.phone ? { phone: current.phone } : {}),
        ...(current.monthlyIncomePerCapitaVnd != null ? { monthlyIncomePerCapitaVnd: current.monthlyIncomePerCapitaVnd } : {}),
        ...(current.housing ? { housing: current.housing } : {}),
      },
    });
    expect(res.status(), await res.text()).toBe(200);
  }
}
