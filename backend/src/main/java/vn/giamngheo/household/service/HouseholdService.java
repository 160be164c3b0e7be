package vn.giamngheo.household.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.service.AreaService;
import vn.giamngheo.audit.api.AuditEventPage;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.domain.Change;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;
import vn.giamngheo.common.id.Ids;
import vn.giamngheo.common.paging.BoundedTotal;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.common.web.Versions;
import vn.giamngheo.household.api.ArchiveRequest;
import vn.giamngheo.household.api.DepartureRequest;
import vn.giamngheo.household.api.HeadChangeRequest;
import vn.giamngheo.household.api.HouseholdChanged;
import vn.giamngheo.household.api.HouseholdCreate;
import vn.giamngheo.household.api.HouseholdDto;
import vn.giamngheo.household.api.HouseholdPage;
import vn.giamngheo.household.api.HouseholdQuery;
import vn.giamngheo.household.api.HouseholdUpdate;
import vn.giamngheo.household.api.HousingDto;
import vn.giamngheo.household.api.MemberInput;
import vn.giamngheo.household.api.MemberList;
import vn.giamngheo.household.api.RegisteredHousehold;
import vn.giamngheo.household.api.TransferRequest;
import vn.giamngheo.household.domain.ArchiveReason;
import vn.giamngheo.household.domain.HouseholdRules;
import vn.giamngheo.household.domain.JoinReason;
import vn.giamngheo.household.domain.LeaveReason;
import vn.giamngheo.household.domain.MemberFacts;
import vn.giamngheo.household.domain.Names;
import vn.giamngheo.household.domain.Relationship;
import vn.giamngheo.household.domain.Violation;
import vn.giamngheo.household.mapping.HouseholdMapper;
import vn.giamngheo.household.persistence.Household;
import vn.giamngheo.household.persistence.HouseholdMember;
import vn.giamngheo.household.persistence.HouseholdRepository;

/** Use cases of the household registry; each public method is one transaction and writes its audit events. */
@ApplicationScoped
public class HouseholdService {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String HOUSEHOLD = "HOUSEHOLD";
    private static final String MEMBER = "HOUSEHOLD_MEMBER";
    /** Identity numbers are logged as "changed", never by value (Decree 13/2023). */
    private static final Set<String> MASKED = Set.of("citizenId", "healthInsuranceCardNumber");

    private final HouseholdRepository households;
    private final HouseholdMapper mapper;
    private final AreaService areas;
    private final AuditService audit;
    private final CallerScope caller;
    private final ObjectMapper json;
    private final Event<HouseholdChanged> changes;
    private final Clock clock;
    private final RegistrationCheck registration;

    HouseholdService(HouseholdRepository households, HouseholdMapper mapper, AreaService areas, AuditService audit,
                     CallerScope caller, ObjectMapper json, Event<HouseholdChanged> changes, RegistrationCheck registration) {
        this.registration = registration;
        this.households = households;
        this.mapper = mapper;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
        this.json = json;
        this.changes = changes;
        this.clock = Clock.system(VIETNAM);
    }

    @Transactional
    public HouseholdPage search(HouseholdQuery q, PageQuery page) {
        AreaFilter area = caller.areaFilter(q.communeCode);
        var result = area.isEmpty() ? new HouseholdRepository.Result(List.of(), BoundedTotal.NONE) : households.search(q, area, page);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q.q);
        filters.put("citizenIdGiven", q.citizenId != null);
        filters.put("code", q.code);
        filters.put("communeCode", q.communeCode);
        filters.put("hamletCode", q.hamletCode);
        filters.put("archived", q.archived);
        filters.put("page", page.page);
        filters.values().removeIf(Objects::isNull);
        audit.record(AuditEntry.read("HOUSEHOLDS_SEARCHED", HOUSEHOLD, null, null, area.communeCode(), "registry search")
                .withContext(Map.of("filters", filters, "returned", result.items().size())));
        return HouseholdPage.of(result.items(), page, result.total());
    }

    @Transactional
    public HouseholdDto get(UUID id) {
        Household h = visible(id);
        audit.record(AuditEntry.read("HOUSEHOLD_READ", HOUSEHOLD, h.id, h.id, h.communeCode, "registry record"));
        return dto(h);
    }

    @Transactional
    public MemberList membersAsOf(UUID id, LocalDate asOf) {
        Household h = visible(id);
        LocalDate date = asOf != null ? asOf : today();
        audit.record(AuditEntry.read("HOUSEHOLD_MEMBERS_READ", HOUSEHOLD, h.id, h.id, h.communeCode, "membership as of " + date));
        return new MemberList(h.id, date, mapper.toDtos(households.membersAsOf(h.id, date)));
    }

    @Transactional
    public AuditEventPage history(UUID id, PageQuery page) {
        Household h = visible(id);
        audit.record(AuditEntry.read("HOUSEHOLD_HISTORY_READ", HOUSEHOLD, h.id, h.id, h.communeCode, "change history"));
        return audit.householdHistory(h.id, page);
    }

    /**
     * For bulk jobs of other features (what-if re-classification): registered households after {@code after} in key
     * order with their current members. Not scoped or audited per household: no person is reading; the job that
     * calls it records who started it.
     */
    @Transactional
    public List<RegisteredHousehold> registeredAfter(UUID after, int limit) {
        return households.registeredAfter(after, limit);
    }

    @Transactional
    public long countRegistered() {
        return households.countRegistered();
    }

    @Transactional
    public HouseholdDto register(HouseholdCreate in) {
        if (!caller.covers(in.communeCode())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "OUTSIDE_AREA", "You may register households only in your own commune");
        }
        LocalDate today = today();
        List<MemberFacts> roster = in.members().stream().map(m -> mapper.facts(m, today)).toList();
        throwIfAny(registration.check(in, today, areas::find));
        for (int i = 0; i < roster.size(); i++) {
            requireCitizenIdFree(roster.get(i).citizenId(), null, "/members/" + i + "/citizenId");
        }

        Instant now = Instant.now();
        Household h = new Household();
        h.id = Ids.next();
        h.code = households.nextCode(in.communeCode());
        h.communeCode = in.communeCode();
        h.createdAt = now;
        h.createdBy = caller.username();
        applyFacts(h, in.hamletCode(), in.address(), in.phone(), in.monthlyIncomePerCapitaVnd(), in.housing());
        touch(h, now);
        h.headName = "";
        households.persist(h);
        for (int i = 0; i < in.members().size(); i++) {
            addMembership(h, in.members().get(i), Ids.next(), roster.get(i).joinedOn(), JoinReason.REGISTERED);
        }
        h.refreshRosterSummary();
        households.flush();
        audit.record(AuditEntry.write("HOUSEHOLD_REGISTERED", HOUSEHOLD, h.id, h.id, h.communeCode,
                diff(Map.of(), snapshot(dto(h)))));
        return dto(h);
    }

    @Transactional
    public HouseholdDto update(UUID id, long version, HouseholdUpdate in) {
        Household h = editable(id, version);
        if (areas.findHamlet(in.hamletCode(), h.communeCode).isEmpty()) {
            throw ProblemException.invalid(List.of(FieldError.body("/hamletCode", "UNKNOWN_HAMLET",
                    "is not a hamlet of commune " + h.communeCode)));
        }
        Map<String, Object> before = snapshot(dto(h));
        applyFacts(h, in.hamletCode(), in.address(), in.phone(), in.monthlyIncomePerCapitaVnd(), in.housing());
        return saved(h, "HOUSEHOLD_UPDATED", HOUSEHOLD, h.id, before);
    }

    @Transactional
    public HouseholdDto archive(UUID id, long version, ArchiveRequest in) {
        Household h = editable(id, version);
        if (in.reason() == ArchiveReason.MERGED) {
            if (in.mergedIntoHouseholdId() == null) {
                throw ProblemException.invalid(List.of(FieldError.body("/mergedIntoHouseholdId", "REQUIRED", "is required when the reason is MERGED")));
            }
            Household target = households.findInScope(in.mergedIntoHouseholdId(), caller.areaFilter(null))
                    .filter(t -> !t.archived() && !t.id.equals(h.id))
                    .orElseThrow(() -> ProblemException.invalid(List.of(FieldError.body("/mergedIntoHouseholdId",
                            "UNKNOWN_HOUSEHOLD", "is not another registered household you can see"))));
            h.mergedIntoId = target.id;
        } else if (in.mergedIntoHouseholdId() != null) {
            throw ProblemException.invalid(List.of(FieldError.body("/mergedIntoHouseholdId", "NOT_ALLOWED", "only goes with the reason MERGED")));
        }
        Map<String, Object> before = snapshot(dto(h));
        h.archivedAt = Instant.now();
        h.archiveReason = in.reason();
        h.archiveNote = in.note();
        h.currentMembers().forEach(m -> m.active = false);
        return saved(h, "HOUSEHOLD_ARCHIVED", HOUSEHOLD, h.id, before);
    }

    @Transactional
    public HouseholdDto addMember(UUID id, long version, MemberInput in) {
        Household h = editable(id, version);
        LocalDate today = today();
        MemberFacts facts = mapper.facts(in, today);
        List<FieldError> errors = new ArrayList<>();
        HouseholdRules.checkMember(facts, today).forEach(v -> errors.add(pointer("", v)));
        if (in.relationship() == Relationship.HEAD) {
            errors.add(FieldError.body("/relationship", "ONE_HEAD_ONLY", "the household has a head; change the head instead"));
        }
        if (h.currentMembers().size() >= HouseholdRules.MAX_MEMBERS) {
            errors.add(FieldError.body("", "TOO_MANY_MEMBERS", "a household has at most " + HouseholdRules.MAX_MEMBERS + " members"));
        }
        throwIfAny(errors);
        requireCitizenIdFree(facts.citizenId(), null, "/citizenId");
        Map<String, Object> before = snapshot(dto(h));
        HouseholdMember m = addMembership(h, in, Ids.next(), facts.joinedOn(), JoinReason.OTHER);
        return saved(h, "MEMBER_ADDED", MEMBER, m.id, before);
    }

    @Transactional
    public HouseholdDto updateMember(UUID id, UUID memberId, long version, MemberInput in) {
        Household h = editable(id, version);
        HouseholdMember m = currentMember(h, memberId);
        LocalDate today = today();
        MemberFacts facts = mapper.facts(in, m.joinedOn);
        List<FieldError> errors = new ArrayList<>();
        HouseholdRules.checkMember(facts, today).forEach(v -> errors.add(pointer("", v)));
        if ((in.relationship() == Relationship.HEAD) != (m.relationship == Relationship.HEAD)) {
            errors.add(FieldError.body("/relationship", "HEAD_CHANGE_SEPARATE", "change the head with the head operation"));
        }
        throwIfAny(errors);
        requireCitizenIdFree(facts.citizenId(), m.id, "/citizenId");
        Map<String, Object> before = snapshot(dto(h));
        mapper.applyMember(in, m);
        m.joinedOn = facts.joinedOn();
        return saved(h, "MEMBER_UPDATED", MEMBER, m.id, before);
    }

    @Transactional
    public HouseholdDto departMember(UUID id, UUID memberId, long version, DepartureRequest in) {
        Household h = editable(id, version);
        HouseholdMember m = currentMember(h, memberId);
        if (m.relationship == Relationship.HEAD) {
            throw ProblemException.rule("CANNOT_REMOVE_HEAD", "Make another member the head first, or archive the household");
        }
        if (in.reason() == LeaveReason.TRANSFERRED_OUT) {
            throw ProblemException.invalid(List.of(FieldError.body("/reason", "USE_TRANSFER", "moves between households use the transfer operation")));
        }
        requireNotBefore(in.date(), m.joinedOn, "/date");
        Map<String, Object> before = snapshot(dto(h));
        leave(m, in.date(), in.reason(), in.note());
        return saved(h, "MEMBER_DEPARTED", MEMBER, m.id, before);
    }

    @Transactional
    public HouseholdDto transferMember(UUID id, UUID memberId, long version, TransferRequest in) {
        Household source = editable(id, version);
        HouseholdMember m = currentMember(source, memberId);
        if (m.relationship == Relationship.HEAD) {
            throw ProblemException.rule("CANNOT_REMOVE_HEAD", "Make another member the head first, or archive the household");
        }
        if (in.relationship() == Relationship.HEAD) {
            throw ProblemException.invalid(List.of(FieldError.body("/relationship", "ONE_HEAD_ONLY", "the target household has a head")));
        }
        Household target = households.findInScope(in.targetHouseholdId(), caller.areaFilter(null))
                .filter(t -> !t.id.equals(source.id))
                .orElseThrow(() -> ProblemException.invalid(List.of(FieldError.body("/targetHouseholdId", "UNKNOWN_HOUSEHOLD",
                        "is not another household you can see"))));
        if (target.archived()) {
            throw ProblemException.rule("HOUSEHOLD_ARCHIVED", "The target household is archived");
        }
        if (target.currentMembers().size() >= HouseholdRules.MAX_MEMBERS) {
            throw ProblemException.rule("TOO_MANY_MEMBERS", "The target household has " + HouseholdRules.MAX_MEMBERS + " members");
        }
        requireNotBefore(in.date(), m.joinedOn, "/date");
        Map<String, Object> sourceBefore = snapshot(dto(source));
        Map<String, Object> targetBefore = snapshot(dto(target));
        leave(m, in.date(), LeaveReason.TRANSFERRED_OUT, "→ " + target.code);
        households.flush();
        HouseholdMember moved = copyPerson(m, target, in.relationship(), in.date());
        target.refreshRosterSummary();
        touch(target, Instant.now());
        households.flush();
        audit.record(AuditEntry.write("MEMBER_TRANSFERRED_IN", MEMBER, moved.id, target.id, target.communeCode,
                diff(targetBefore, snapshot(dto(target)))).withContext(Map.of("fromHousehold", source.code)));
        HouseholdDto out = saved(source, "MEMBER_TRANSFERRED_OUT", MEMBER, m.id, sourceBefore);
        // after the source: the person's entitlements there end before the target's begin
        changes.fire(HouseholdChanged.of(target.id, caller.username()));
        return out;
    }

    @Transactional
    public HouseholdDto changeHead(UUID id, long version, HeadChangeRequest in) {
        Household h = editable(id, version);
        HouseholdMember next = currentMember(h, in.memberId());
        if (in.formerHeadRelationship() == Relationship.HEAD) {
            throw ProblemException.invalid(List.of(FieldError.body("/formerHeadRelationship", "ONE_HEAD_ONLY", "must not be HEAD")));
        }
        if (next.relationship == Relationship.HEAD) {
            throw ProblemException.rule("ALREADY_HEAD", "This member is the head already");
        }
        Map<String, Object> before = snapshot(dto(h));
        HouseholdMember former = h.currentMembers().stream().filter(m -> m.relationship == Relationship.HEAD).findFirst().orElseThrow();
        // One head at a time: the unique index is checked per statement, so demote before promoting.
        former.relationship = in.formerHeadRelationship();
        households.flush();
        next.relationship = Relationship.HEAD;
        return saved(h, "HEAD_CHANGED", MEMBER, next.id, before);
    }

    /**
     * A health-insurance card issued for a current member (reported by Social Insurance, or recorded by an office): its
     * number and expiry are written to the member's record the way any correction is — history, version, audit,
     * HouseholdChanged. No If-Match: the card comes from its issuer, not from an edit of what the caller saw, and the
     * caller's benefit feature has already checked its right to record it, so no area scope applies here either.
     * Returns false and writes nothing when the household is archived, the member no longer current, or the card is
     * already on record.
     */
    @Transactional
    public boolean recordHealthInsuranceCard(UUID householdId, UUID memberId, String cardNumber, LocalDate expiry) {
        Household h = households.findInScope(householdId, AreaFilter.ALL)
                .orElseThrow(() -> ProblemException.notFound("HOUSEHOLD_NOT_FOUND", "No household " + householdId));
        if (h.archived()) {
            return false;
        }
        HouseholdMember m = h.currentMembers().stream().filter(x -> x.id.equals(memberId)).findFirst().orElse(null);
        if (m == null || (Objects.equals(m.healthInsuranceCardNumber, cardNumber) && Objects.equals(m.healthInsuranceExpiry, expiry))) {
            return false;
        }
        Map<String, Object> before = snapshot(dto(h));
        m.healthInsuranceCardNumber = cardNumber;
        m.healthInsuranceExpiry = expiry;
        saved(h, "HEALTH_INSURANCE_CARD_RECORDED", MEMBER, m.id, before);
        return true;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Household visible(UUID id) {
        return households.findInScope(id, caller.areaFilter(null))
                .orElseThrow(() -> ProblemException.notFound("HOUSEHOLD_NOT_FOUND", "No household " + id + " in your area"));
    }

    private Household editable(UUID id, long version) {
        Household h = visible(id);
        Versions.check(version, h.version);
        if (h.archived()) {
            throw ProblemException.rule("HOUSEHOLD_ARCHIVED", "An archived household cannot be changed");
        }
        return h;
    }

    private HouseholdMember currentMember(Household h, UUID memberId) {
        return h.currentMembers().stream().filter(m -> m.id.equals(memberId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("MEMBER_NOT_FOUND", "No current member " + memberId + " in this household"));
    }

    private HouseholdDto saved(Household h, String action, String entityType, UUID entityId, Map<String, Object> before) {
        h.refreshRosterSummary();
        touch(h, Instant.now());
        households.flush();
        HouseholdDto after = dto(h);
        audit.record(AuditEntry.write(action, entityType, entityId, h.id, h.communeCode, diff(before, snapshot(after))));
        changes.fire(HouseholdChanged.of(h.id, caller.username()));
        return after;
    }

    private void applyFacts(Household h, String hamletCode, String address, String phone, Long income, HousingDto housing) {
        h.hamletCode = hamletCode;
        h.address = Names.normalize(address);
        h.phone = phone;
        h.monthlyIncomePerCapitaVnd = income;
        mapper.applyHousing(housing != null ? housing : HousingDto.UNKNOWN, h);
    }

    private HouseholdMember addMembership(Household h, MemberInput in, UUID personId, LocalDate joinedOn, JoinReason reason) {
        HouseholdMember m = new HouseholdMember();
        m.id = Ids.next();
        m.personId = personId;
        m.household = h;
        mapper.applyMember(in, m);
        m.joinedOn = joinedOn;
        m.joinReason = reason;
        m.active = true;
        households.persistMember(m);
        h.memberships.add(m);
        return m;
    }

    private HouseholdMember copyPerson(HouseholdMember from, Household to, Relationship relationship, LocalDate date) {
        HouseholdMember m = new HouseholdMember();
        m.id = Ids.next();
        m.personId = from.personId;
        m.household = to;
        m.fullName = from.fullName;
        m.dateOfBirth = from.dateOfBirth;
        m.sex = from.sex;
        m.relationship = relationship;
        m.citizenId = from.citizenId;
        m.ethnicity = from.ethnicity;
        m.disability = from.disability;
        m.schoolAttendance = from.schoolAttendance;
        m.educationLevel = from.educationLevel;
        m.employment = from.employment;
        m.labourContract = from.labourContract;
        m.healthInsuranceCardNumber = from.healthInsuranceCardNumber;
        m.healthInsuranceExpiry = from.healthInsuranceExpiry;
        m.joinedOn = date;
        m.joinReason = JoinReason.TRANSFERRED_IN;
        m.active = true;
        households.persistMember(m);
        to.memberships.add(m);
        return m;
    }

    private static void leave(HouseholdMember m, LocalDate date, LeaveReason reason, String note) {
        m.leftOn = date;
        m.leaveReason = reason;
        m.leaveNote = note;
        m.active = false;
    }

    private void touch(Household h, Instant now) {
        h.updatedAt = now;
        h.updatedBy = caller.username();
    }

    private void requireCitizenIdFree(String citizenId, UUID exceptMember, String pointer) {
        if (citizenId == null) {
            return;
        }
        households.householdOfActiveCitizen(citizenId, exceptMember).ifPresent(other -> {
            throw new ProblemException(ProblemType.CONFLICT, "DUPLICATE_CITIZEN_ID",
                    "This citizen id belongs to a current member of another household",
                    List.of(FieldError.body(pointer, "DUPLICATE_CITIZEN_ID", "is already registered")));
        });
    }

    private static void requireNotBefore(LocalDate date, LocalDate joinedOn, String pointer) {
        if (date.isBefore(joinedOn)) {
            throw ProblemException.invalid(List.of(FieldError.body(pointer, "BEFORE_JOINING", "must not be before the member joined (" + joinedOn + ")")));
        }
    }

    private HouseholdDto dto(Household h) {
        String commune = areas.find(h.communeCode).map(AreaDto::name).orElse(h.communeCode);
        String hamlet = areas.find(h.hamletCode).map(AreaDto::name).orElse(h.hamletCode);
        return mapper.toDto(h, commune, hamlet);
    }

    /** A flat view of what a person can change, for the history: "address", "housing.roofMaterial", "members[Tên].citizenId". */
    @SuppressWarnings("unchecked")
    private Map<String, Object> snapshot(HouseholdDto dto) {
        Map<String, Object> all = json.convertValue(dto, Map.class);
        Map<String, Object> flat = new LinkedHashMap<>();
        for (String key : List.of("hamletCode", "address", "phone", "monthlyIncomePerCapitaVnd", "archived", "archiveReason", "archiveNote")) {
            flat.put(key, all.get(key));
        }
        Map<String, Object> housing = (Map<String, Object>) all.get("housing");
        if (housing != null) {
            housing.forEach((k, v) -> flat.put("housing." + k, v));
        }
        for (Map<String, Object> member : (List<Map<String, Object>>) all.get("members")) {
            String prefix = "members[" + member.get("personId") + "].";
            for (String key : List.of("fullName", "dateOfBirth", "sex", "relationship", "citizenId", "ethnicity", "disability",
                    "schoolAttendance", "educationLevel", "employment", "labourContract", "healthInsuranceCardNumber",
                    "healthInsuranceExpiry", "joinedOn")) {
                flat.put(prefix + key, member.get(key));
            }
        }
        return flat;
    }

    /** Field-by-field changes; members are labelled by name (their person id keeps them apart in the snapshots). */
    private static List<Change> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, Object> snap : List.of(before, after)) {
            snap.forEach((k, v) -> {
                if (k.startsWith("members[") && k.endsWith("].fullName") && v != null) {
                    names.put(k.substring(0, k.indexOf(']') + 1), "members[" + v + "]");
                }
            });
        }
        List<Change> changes = new ArrayList<>();
        Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            Object from = before.get(key);
            Object to = after.get(key);
            if (Objects.equals(from, to)) {
                continue;
            }
            String label = key;
            if (key.startsWith("members[")) {
                String member = key.substring(0, key.indexOf(']') + 1);
                label = names.getOrDefault(member, member) + key.substring(member.length());
            }
            String leaf = key.substring(key.lastIndexOf('.') + 1);
            changes.add(MASKED.contains(leaf) ? Change.masked(label) : Change.of(label, from, to));
        }
        return changes;
    }

    private static FieldError pointer(String prefix, Violation v) {
        return FieldError.body(prefix + "/" + v.path(), v.code(), v.detail());
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
