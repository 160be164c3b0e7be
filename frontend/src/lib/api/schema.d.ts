/**
 * Provisional contract types shaped like the API draft.
 * Replaced by the output of `npm run gen:api` once ../openapi.yaml is published.
 */

type JsonContent<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type ProblemContent = {
  headers: { [name: string]: unknown };
  content: { 'application/problem+json': components['schemas']['Problem'] };
};

export interface paths {
  '/api/v1/me': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['getMe'];
  };
  '/api/v1/areas': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['listAreas'];
  };
  '/api/v1/areas/{code}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['getArea'];
  };
  '/api/v1/households': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['listHouseholds'];
    post: operations['registerHousehold'];
  };
  '/api/v1/households/{householdId}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['getHousehold'];
    put: operations['updateHousehold'];
  };
  '/api/v1/households/{householdId}/archive': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: operations['archiveHousehold'];
  };
  '/api/v1/households/{householdId}/members': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['listMembers'];
    post: operations['addMember'];
  };
  '/api/v1/households/{householdId}/members/{memberId}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    put: operations['updateMember'];
  };
  '/api/v1/households/{householdId}/members/{memberId}/departure': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: operations['recordDeparture'];
  };
  '/api/v1/households/{householdId}/history': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['getHouseholdHistory'];
  };
  '/api/v1/audit-events': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['listAuditEvents'];
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    Problem: {
      type?: string;
      title?: string;
      status?: number;
      detail?: string;
      instance?: string;
      code?: string;
      errors?: components['schemas']['FieldError'][];
      traceId?: string;
    };
    FieldError: { pointer?: string; detail?: string; code?: string };
    Me: {
      username: string;
      displayName?: string | null;
      jobRoles: string[];
      permissions: string[];
      scope: 'DISTRICT' | 'COMMUNE' | 'NONE';
      communeCode?: string | null;
      departmentCode?: string | null;
    };
    Area: {
      code: string;
      name: string;
      level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE' | 'HAMLET';
      unitType: 'PROVINCE' | 'RURAL_DISTRICT' | 'COMMUNE' | 'TOWNSHIP' | 'HAMLET' | 'NEIGHBOURHOOD';
      parentCode?: string | null;
      areaType?: 'URBAN' | 'RURAL' | null;
      validFrom?: string;
      validTo?: string | null;
      successorCode?: string | null;
      demo?: boolean;
    };
    AreaPage: {
      items: components['schemas']['Area'][];
      page: number;
      size: number;
      totalItems: number;
      totalPages: number;
    };
    Relationship:
      | 'HEAD'
      | 'SPOUSE'
      | 'CHILD'
      | 'PARENT'
      | 'GRANDCHILD'
      | 'GRANDPARENT'
      | 'SIBLING'
      | 'CHILD_IN_LAW'
      | 'OTHER_RELATIVE'
      | 'OTHER';
    Ethnicity: 'KINH' | 'KHMER' | 'HOA' | 'CHAM' | 'OTHER';
    Disability: 'NONE' | 'MILD' | 'SEVERE' | 'EXTREMELY_SEVERE';
    SchoolAttendance: 'NOT_APPLICABLE' | 'ATTENDING' | 'NOT_ATTENDING';
    EducationLevel:
      | 'NONE'
      | 'PRIMARY'
      | 'LOWER_SECONDARY'
      | 'UPPER_SECONDARY'
      | 'VOCATIONAL_ELEMENTARY'
      | 'VOCATIONAL_INTERMEDIATE'
      | 'COLLEGE'
      | 'UNIVERSITY';
    Employment:
      | 'EMPLOYED_WAGE'
      | 'SELF_EMPLOYED'
      | 'UNEMPLOYED'
      | 'NOT_IN_LABOUR_FORCE'
      | 'STUDENT'
      | 'RETIRED';
    LabourContract: 'NOT_APPLICABLE' | 'NONE' | 'FIXED_TERM' | 'INDEFINITE';
    Sex: 'MALE' | 'FEMALE';
    Material:
      | 'REINFORCED_CONCRETE'
      | 'BRICK_STONE'
      | 'HARDWOOD'
      | 'METAL_SHEET'
      | 'SOFTWOOD_PLANKS'
      | 'BAMBOO_LEAVES'
      | 'MUD'
      | 'OTHER';
    WaterSource:
      | 'PIPED'
      | 'DRILLED_WELL'
      | 'PROTECTED_DUG_WELL'
      | 'UNPROTECTED_DUG_WELL'
      | 'PROTECTED_SPRING'
      | 'RAINWATER'
      | 'BOTTLED'
      | 'SURFACE_WATER'
      | 'OTHER';
    LatrineType:
      | 'SEPTIC'
      | 'SEMI_SEPTIC'
      | 'POUR_FLUSH'
      | 'VENTILATED_PIT'
      | 'DOUBLE_VAULT'
      | 'FISH_POND'
      | 'OPEN_PIT'
      | 'NONE';
    Device: 'TV' | 'RADIO' | 'COMPUTER' | 'SMARTPHONE' | 'TABLET';
    LeaveReason: 'DIED' | 'MOVED_AWAY' | 'MARRIED_OUT' | 'OTHER';
    ArchiveReason: 'MOVED_AWAY' | 'MERGED' | 'DISSOLVED' | 'DUPLICATE';
    Housing: {
      floorAreaM2?: number | null;
      wallMaterial?: components['schemas']['Material'] | null;
      columnMaterial?: components['schemas']['Material'] | null;
      roofMaterial?: components['schemas']['Material'] | null;
      waterSource?: components['schemas']['WaterSource'] | null;
      latrineType?: components['schemas']['LatrineType'] | null;
      usesTelecom?: boolean;
      devices?: components['schemas']['Device'][];
      hearsLoudspeaker?: boolean;
    };
    Member: {
      id: string;
      personId?: string;
      fullName: string;
      dateOfBirth: string;
      sex: components['schemas']['Sex'];
      relationship: components['schemas']['Relationship'];
      citizenId?: string | null;
      ethnicity: components['schemas']['Ethnicity'];
      disability: components['schemas']['Disability'];
      schoolAttendance: components['schemas']['SchoolAttendance'];
      educationLevel: components['schemas']['EducationLevel'];
      employment: components['schemas']['Employment'];
      labourContract: components['schemas']['LabourContract'];
      healthInsuranceCardNumber?: string | null;
      healthInsuranceExpiry?: string | null;
      joinedOn?: string;
      leftOn?: string | null;
      leaveReason?: components['schemas']['LeaveReason'] | null;
    };
    MemberCreate: {
      fullName: string;
      dateOfBirth: string;
      sex: components['schemas']['Sex'];
      relationship: components['schemas']['Relationship'];
      citizenId?: string | null;
      ethnicity: components['schemas']['Ethnicity'];
      disability: components['schemas']['Disability'];
      schoolAttendance: components['schemas']['SchoolAttendance'];
      educationLevel: components['schemas']['EducationLevel'];
      employment: components['schemas']['Employment'];
      labourContract: components['schemas']['LabourContract'];
      healthInsuranceCardNumber?: string | null;
      healthInsuranceExpiry?: string | null;
      joinedOn?: string | null;
    };
    MemberUpdate: Omit<components['schemas']['MemberCreate'], 'joinedOn'>;
    MemberList: {
      householdId: string;
      asOf?: string;
      items: components['schemas']['Member'][];
    };
    Departure: {
      date: string;
      reason: components['schemas']['LeaveReason'];
      note?: string | null;
    };
    Household: {
      id: string;
      code: string;
      communeCode: string;
      communeName?: string;
      hamletCode: string;
      hamletName?: string;
      address: string;
      phone?: string | null;
      headMemberId?: string | null;
      headName?: string | null;
      monthlyIncomePerCapitaVnd?: number | null;
      housing: components['schemas']['Housing'];
      members: components['schemas']['Member'][];
      archived: boolean;
      archivedAt?: string | null;
      archiveReason?: components['schemas']['ArchiveReason'] | null;
      archiveNote?: string | null;
      createdAt?: string;
      updatedAt?: string;
      version: number;
    };
    HouseholdSummary: {
      id: string;
      code: string;
      communeCode: string;
      communeName?: string;
      hamletCode: string;
      hamletName?: string;
      address: string;
      headName?: string | null;
      memberCount: number;
      archived: boolean;
      updatedAt?: string;
    };
    HouseholdPage: {
      items: components['schemas']['HouseholdSummary'][];
      page: number;
      size: number;
      totalItems: number;
      totalPages: number;
    };
    HouseholdCreate: {
      communeCode: string;
      hamletCode: string;
      address: string;
      phone?: string | null;
      monthlyIncomePerCapitaVnd?: number | null;
      housing: components['schemas']['Housing'];
      members: components['schemas']['MemberCreate'][];
    };
    HouseholdUpdate: {
      hamletCode: string;
      address: string;
      phone?: string | null;
      monthlyIncomePerCapitaVnd?: number | null;
      housing: components['schemas']['Housing'];
    };
    HouseholdArchive: {
      reason: components['schemas']['ArchiveReason'];
      note?: string | null;
      mergedIntoHouseholdId?: string | null;
    };
    FieldChange: { field: string; from?: unknown; to?: unknown };
    HistoryEntry: {
      id: string;
      occurredAt: string;
      actor: string;
      action: string;
      changes?: components['schemas']['FieldChange'][];
    };
    HistoryPage: {
      items: components['schemas']['HistoryEntry'][];
      page: number;
      size: number;
      totalItems: number;
      totalPages: number;
    };
    AuditEvent: {
      id: string;
      occurredAt: string;
      actor: string;
      action: string;
      entityType?: string | null;
      entityId?: string | null;
      householdId?: string | null;
      purpose?: string | null;
      traceId?: string | null;
      changes?: components['schemas']['FieldChange'][] | null;
    };
    AuditEventPage: {
      items: components['schemas']['AuditEvent'][];
      page: number;
      size: number;
      totalItems: number;
      totalPages: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

type IfMatch = { 'If-Match': string };
type HouseholdPath = { householdId: string };
type MemberPath = { householdId: string; memberId: string };
type Errors = {
  400: ProblemContent;
  401: ProblemContent;
  403: ProblemContent;
  404: ProblemContent;
  409: ProblemContent;
  412: ProblemContent;
  422: ProblemContent;
  428: ProblemContent;
};

export interface operations {
  getMe: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: { 200: JsonContent<components['schemas']['Me']>; 401: ProblemContent };
  };
  listAreas: {
    parameters: {
      query?: {
        level?: 'PROVINCE' | 'DISTRICT' | 'COMMUNE' | 'HAMLET';
        parentCode?: string;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: { 200: JsonContent<components['schemas']['AreaPage']>; 400: ProblemContent };
  };
  getArea: {
    parameters: { query?: never; header?: never; path: { code: string }; cookie?: never };
    requestBody?: never;
    responses: { 200: JsonContent<components['schemas']['Area']>; 404: ProblemContent };
  };
  listHouseholds: {
    parameters: {
      query?: {
        q?: string;
        citizenId?: string;
        code?: string;
        communeCode?: string;
        hamletCode?: string;
        archived?: boolean;
        page?: number;
        size?: number;
        sort?: 'CODE' | 'HEAD_NAME' | 'UPDATED_AT_DESC';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: { 200: JsonContent<components['schemas']['HouseholdPage']> } & Pick<Errors, 400 | 401 | 403>;
  };
  registerHousehold: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: { content: { 'application/json': components['schemas']['HouseholdCreate'] } };
    responses: { 201: JsonContent<components['schemas']['Household']> } & Pick<
      Errors,
      400 | 401 | 403 | 404 | 409 | 422
    >;
  };
  getHousehold: {
    parameters: { query?: never; header?: never; path: HouseholdPath; cookie?: never };
    requestBody?: never;
    responses: { 200: JsonContent<components['schemas']['Household']> } & Pick<Errors, 401 | 403 | 404>;
  };
  updateHousehold: {
    parameters: { query?: never; header: IfMatch; path: HouseholdPath; cookie?: never };
    requestBody: { content: { 'application/json': components['schemas']['HouseholdUpdate'] } };
    responses: { 200: JsonContent<components['schemas']['Household']> } & Errors;
  };
  archiveHousehold: {
    parameters: { query?: never; header: IfMatch; path: HouseholdPath; cookie?: never };
    requestBody: { content: { 'application/json': components['schemas']['HouseholdArchive'] } };
    responses: { 200: JsonContent<components['schemas']['Household']> } & Errors;
  };
  listMembers: {
    parameters: { query?: { asOf?: string }; header?: never; path: HouseholdPath; cookie?: never };
    requestBody?: never;
    responses: { 200: JsonContent<components['schemas']['MemberList']> } & Pick<Errors, 401 | 403 | 404>;
  };
  addMember: {
    parameters: { query?: never; header: IfMatch; path: HouseholdPath; cookie?: never };
    requestBody: { content: { 'application/json': components['schemas']['MemberCreate'] } };
    responses: { 201: JsonContent<components['schemas']['Household']> } & Errors;
  };
  updateMember: {
    parameters: { query?: never; header: IfMatch; path: MemberPath; cookie?: never };
    requestBody: { content: { 'application/json': components['schemas']['MemberUpdate'] } };
    responses: { 200: JsonContent<components['schemas']['Household']> } & Errors;
  };
  recordDeparture: {
    parameters: { query?: never; header: IfMatch; path: MemberPath; cookie?: never };
    requestBody: { content: { 'application/json': components['schemas']['Departure'] } };
    responses: { 200: JsonContent<components['schemas']['Household']> } & Errors;
  };
  getHouseholdHistory: {
    parameters: {
      query?: { page?: number; size?: number };
      header?: never;
      path: HouseholdPath;
      cookie?: never;
    };
    requestBody?: never;
    responses: { 200: JsonContent<components['schemas']['HistoryPage']> } & Pick<Errors, 401 | 403 | 404>;
  };
  listAuditEvents: {
    parameters: {
      query?: {
        actor?: string;
        action?: string;
        entityType?: string;
        entityId?: string;
        from?: string;
        to?: string;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: { 200: JsonContent<components['schemas']['AuditEventPage']> } & Pick<Errors, 400 | 401 | 403>;
  };
}
