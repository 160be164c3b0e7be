package vn.giamngheo.household.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;
import vn.giamngheo.common.id.Ids;
import vn.giamngheo.household.api.BatchUndone;
import vn.giamngheo.household.api.BulkHousehold;
import vn.giamngheo.household.api.BulkWritten;
import vn.giamngheo.household.api.HouseholdChanged;
import vn.giamngheo.household.api.HouseholdCreate;
import vn.giamngheo.household.api.HouseholdKey;
import vn.giamngheo.household.api.HousingDto;
import vn.giamngheo.household.api.MemberInput;
import vn.giamngheo.household.api.MembersRemoving;
import vn.giamngheo.household.domain.Names;
import vn.giamngheo.household.domain.Relationship;
import vn.giamngheo.household.persistence.HouseholdBulkRepository;

/**
 * Writes of many households at once, for imports: the same rows the registration and the member operations write,
 * in set-based statements. Each call joins the caller's transaction (one chunk of a job). Every household a batch
 * creates or changes is remembered with the batch id, so the batch can be undone as a whole.
 */
@ApplicationScoped
public class HouseholdBulkService {
    private static final String HOUSEHOLD = "HOUSEHOLD";
    private static final String HOUSEHOLD_COLUMNS = "id, code, commune_code, hamlet_code, address, phone, monthly_income_per_capita_vnd,"
            + " floor_area_m2, wall_material, column_material, roof_material, water_source, latrine_type, uses_telecom, hears_loudspeaker,"
            + " devices, head_name, member_count, created_at, created_by, updated_at, updated_by, version";
    private static final String MEMBER_COLUMNS = "id, person_id, household_id, full_name, date_of_birth, sex, relationship, citizen_id,"
            + " ethnicity, disability, school_attendance, education_level, employment, labour_contract, hi_card_number, hi_card_expiry,"
            + " joined_on, join_reason, active";

    /** How many codes of households changed since a batch a refused undo names; the problem gives the count of all. */
    static final int CHANGED_CODES_SHOWN = 50;

    private final HouseholdBulkRepository bulk;
    private final AuditService audit;
    private final Event<HouseholdChanged> changes;
    private final Event<MembersRemoving> removing;

    HouseholdBulkService(HouseholdBulkRepository bulk, AuditService audit, Event<HouseholdChanged> changes, Event<MembersRemoving> removing) {
        this.bulk = bulk;
        this.audit = audit;
        this.changes = changes;
        this.removing = removing;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, HouseholdKey> byCodes(Collection<String> codes) {
        return bulk.byCodes(codes);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, HouseholdKey> byActiveCitizenIds(Collection<String> citizenIds) {
        return bulk.byActiveCitizenIds(citizenIds);
    }

    /**
     * Registers the new households and replaces the facts and rosters of the existing ones. Members of an existing
     * household are matched by citizen id, else by name and date of birth; matched ones are corrected, new ones join,
     * and current members missing from the data leave on {@code today} (reason OTHER, noted with the batch), so their
     * membership stays in the history. Changed households are audited one by one (their history shows the batch);
     * new ones are audited by the caller per batch. Each household's version as the batch leaves it is remembered, so
     * that an undo can tell whether anyone changed it since. Changed households are announced ({@link HouseholdChanged},
     * on behalf of {@code actor}), so their entitlements follow in this transaction; new ones are not: a household
     * has no poverty status before its first review, so no rule grants it anything yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BulkWritten write(UUID batchId, String actor, List<BulkHousehold> items, LocalDate today) {
        Instant now = Instant.now();
        List<BulkHousehold> creates = new ArrayList<>();
        Map<UUID, BulkHousehold> updates = new HashMap<>();
        for (BulkHousehold item : items) {
            if (item.existingId() == null) {
                creates.add(item);
            } else {
                updates.put(item.existingId(), item);
            }
        }
        StringBuilder memberRows = new StringBuilder();
        int members = 0;

        if (!updates.isEmpty()) {
            bulk.rememberBefore(batchId, updates.keySet());
            Map<UUID, List<HouseholdBulkRepository.CurrentMember>> current = new HashMap<>();
            for (HouseholdBulkRepository.CurrentMember m : bulk.currentMembers(updates.keySet())) {
                current.computeIfAbsent(m.householdId(), k -> new ArrayList<>()).add(m);
            }
            List<Object[]> leaves = new ArrayList<>();
            List<Object[]> corrections = new ArrayList<>();
            List<Object[]> headCorrections = new ArrayList<>();
            List<Object[]> facts = new ArrayList<>();
            String note = "import " + batchId;
            for (Map.Entry<UUID, BulkHousehold> e : updates.entrySet()) {
                UUID householdId = e.getKey();
                HouseholdCreate in = e.getValue().data();
                List<HouseholdBulkRepository.CurrentMember> roster = current.getOrDefault(householdId, List.of());
                Set<UUID> matched = new HashSet<>();
                for (MemberInput m : in.members()) {
                    HouseholdBulkRepository.CurrentMember same = match(roster, m, matched);
                    if (same == null) {
                        appendMember(memberRows, Ids.next(), householdId, m, m.joinedOn() != null ? m.joinedOn() : today, "OTHER");
                    } else {
                        matched.add(same.id());
                        (m.relationship() == Relationship.HEAD ? headCorrections : corrections).add(new Object[] {
                                Names.normalize(m.fullName()), m.dateOfBirth(), m.sex().name(), m.relationship().name(), m.citizenId(),
                                m.ethnicity().name(), m.disability().name(), m.schoolAttendance().name(), m.educationLevel().name(),
                                m.employment().name(), m.labourContract().name(), m.healthInsuranceCardNumber(), m.healthInsuranceExpiry(),
                                m.joinedOn(), same.id()});
                    }
                    members++;
                }
                for (HouseholdBulkRepository.CurrentMember m : roster) {
                    if (!matched.contains(m.id())) {
                        leaves.add(new Object[] {today, note, m.id()});
                    }
                }
                HousingDto housing = in.housing() != null ? in.housing() : HousingDto.UNKNOWN;
                facts.add(new Object[] {in.hamletCode(), Names.normalize(in.address()), in.phone(), in.monthlyIncomePerCapitaVnd(),
                        housing.floorAreaM2(), name(housing.wallMaterial()), name(housing.columnMaterial()), name(housing.roofMaterial()),
                        name(housing.waterSource()), name(housing.latrineType()), housing.usesTelecom(), housing.hearsLoudspeaker(),
                        devices(housing), now, actor, householdId});
            }
            // one head at every step: those who leave go first, then everyone but the new head, then the head
            bulk.batch("update household_member set left_on = ?, leave_reason = 'OTHER', leave_note = ?, active = false where id = ?", leaves);
            String correct = "update household_member set full_name = ?, date_of_birth = ?, sex = ?, relationship = ?, citizen_id = ?,"
                    + " ethnicity = ?, disability = ?, school_attendance = ?, education_level = ?, employment = ?, labour_contract = ?,"
                    + " hi_card_number = ?, hi_card_expiry = ?, joined_on = coalesce(?, joined_on) where id = ?";
            bulk.batch(correct, corrections);
            bulk.batch(correct, headCorrections);
            bulk.batch("update household set hamlet_code = ?, address = ?, phone = ?, monthly_income_per_capita_vnd = ?, floor_area_m2 = ?,"
                    + " wall_material = ?, column_material = ?, roof_material = ?, water_source = ?, latrine_type = ?, uses_telecom = ?,"
                    + " hears_loudspeaker = ?, devices = ?, updated_at = ?, updated_by = ?, version = version + 1 where id = ?", facts);
        }

        List<UUID> created = new ArrayList<>(creates.size());
        if (!creates.isEmpty()) {
            List<Long> numbers = bulk.nextCodeNumbers(creates.size());
            StringBuilder rows = new StringBuilder(creates.size() * 300);
            for (int i = 0; i < creates.size(); i++) {
                HouseholdCreate in = creates.get(i).data();
                UUID id = Ids.next();
                created.add(id);
                HousingDto housing = in.housing() != null ? in.housing() : HousingDto.UNKNOWN;
                String head = in.members().stream().filter(m -> m.relationship() == Relationship.HEAD).map(m -> Names.normalize(m.fullName()))
                        .findFirst().orElse("");
                Copy.row(rows, id, in.communeCode() + "-" + String.format("%06d", numbers.get(i)), in.communeCode(), in.hamletCode(),
                        Names.normalize(in.address()), in.phone(), in.monthlyIncomePerCapitaVnd(), housing.floorAreaM2(),
                        name(housing.wallMaterial()), name(housing.columnMaterial()), name(housing.roofMaterial()), name(housing.waterSource()),
                        name(housing.latrineType()), housing.usesTelecom(), housing.hearsLoudspeaker(), Copy.array(devices(housing)), head,
                        in.members().size(), now, actor, now, actor, 0);
                for (MemberInput m : in.members()) {
                    appendMember(memberRows, Ids.next(), id, m, m.joinedOn() != null ? m.joinedOn() : today, "REGISTERED");
                    members++;
                }
            }
            bulk.copy("household", HOUSEHOLD_COLUMNS, rows);
            bulk.rememberCreated(batchId, created);
        }
        bulk.copy("household_member", MEMBER_COLUMNS, memberRows);
        if (!updates.isEmpty()) {
            bulk.refreshRosterSummaries(updates.keySet());
            bulk.rememberVersions(batchId, updates.keySet());
            for (Map.Entry<UUID, BulkHousehold> e : updates.entrySet()) {
                audit.record(AuditEntry.write("HOUSEHOLD_IMPORTED", HOUSEHOLD, e.getKey(), e.getKey(),
                        e.getValue().data().communeCode(), List.of()).withContext(Map.of("batch", batchId.toString())), actor, batchId.toString());
            }
            changes.fire(new HouseholdChanged(updates.keySet(), actor));
        }
        return new BulkWritten(creates.size(), updates.size(), members);
    }

    /**
     * Undoes everything the batch wrote; audited per changed household (its history shows the undo) and once for the
     * removed ones. Refused, with nothing undone, when a household of the batch was changed since the batch wrote it
     * (BATCH_CHANGED_SINCE: restoring it would silently drop that change), or when a new household is referenced by
     * later records (BATCH_IN_USE). A member the batch added whom another feature's records name (an entitlement)
     * leaves the household instead of being removed. The restored households are announced, so their entitlements
     * follow them back in this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BatchUndone undo(UUID batchId, String actor) {
        refuseChangedSince(batchId);
        HouseholdBulkRepository.BatchHouseholds touched = bulk.batchHouseholds(batchId);
        List<UUID> added = bulk.addedMembers(batchId);
        Set<UUID> kept = Set.of();
        if (!added.isEmpty()) {
            MembersRemoving announced = new MembersRemoving(added);
            removing.fire(announced);
            kept = announced.kept();
        }
        try {
            bulk.undo(batchId, actor, Instant.now(), LocalDate.now(HouseholdService.VIETNAM), kept);
        } catch (ConstraintViolationException e) {
            // a household the batch created is already used by a later record (a review case, a frozen status, an entitlement)
            throw ProblemException.conflict("BATCH_IN_USE", "Households this batch created are already used by later records"
                    + " (reviews, statuses or entitlements); archive them instead of undoing the batch");
        }
        for (UUID id : touched.changed()) {
            audit.record(AuditEntry.write("HOUSEHOLD_IMPORT_UNDONE", HOUSEHOLD, id, id,
                    touched.communes().get(id), List.of()).withContext(Map.of("batch", batchId.toString())), actor, batchId.toString());
        }
        if (!touched.changed().isEmpty()) {
            changes.fire(new HouseholdChanged(Set.copyOf(touched.changed()), actor));
        }
        return new BatchUndone(touched.created().size(), touched.changed().size());
    }

    /**
     * Refuses (BATCH_CHANGED_SINCE, naming the first households) when a household of the batch was changed since the
     * batch wrote it; {@link #undo} checks it again, so this lets a caller refuse at once what the undo would refuse later.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseChangedSince(UUID batchId) {
        HouseholdBulkRepository.ChangedSince changed = bulk.changedSince(batchId, CHANGED_CODES_SHOWN);
        if (changed.count() > 0) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("householdCodes", changed.codes());
            extensions.put("householdCount", changed.count());
            throw new ProblemException(ProblemType.CONFLICT, "BATCH_CHANGED_SINCE", changed.count() + " households of this batch were"
                    + " changed after it wrote them; undoing it would overwrite those changes. Correct these households by hand instead",
                    List.of(), null, extensions);
        }
    }

    private static HouseholdBulkRepository.CurrentMember match(List<HouseholdBulkRepository.CurrentMember> roster, MemberInput m,
                                                              Set<UUID> taken) {
        String name = Names.normalize(m.fullName());
        for (HouseholdBulkRepository.CurrentMember c : roster) {
            if (taken.contains(c.id())) {
                continue;
            }
            if (m.citizenId() != null ? m.citizenId().equals(c.citizenId())
                    : c.citizenId() == null && name.equals(c.fullName()) && m.dateOfBirth().equals(c.dateOfBirth())) {
                return c;
            }
        }
        return null;
    }

    private static void appendMember(StringBuilder rows, UUID id, UUID householdId, MemberInput m, LocalDate joinedOn, String reason) {
        Copy.row(rows, id, Ids.next(), householdId, Names.normalize(m.fullName()), m.dateOfBirth(), m.sex().name(),
                m.relationship().name(), m.citizenId(), m.ethnicity().name(), m.disability().name(), m.schoolAttendance().name(),
                m.educationLevel().name(), m.employment().name(), m.labourContract().name(), m.healthInsuranceCardNumber(),
                m.healthInsuranceExpiry(), joinedOn, reason, true);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String[] devices(HousingDto housing) {
        return housing.devices() == null ? new String[0]
                : housing.devices().stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
    }

    /** PostgreSQL COPY text format: tab-separated, \N for null, backslash escapes. */
    static final class Copy {
        private Copy() {
        }

        static void row(StringBuilder b, Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    b.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    b.append("\\N");
                } else if (v instanceof Instant t) {
                    b.append(t.toString());
                } else if (v instanceof BigDecimal d) {
                    b.append(d.toPlainString());
                } else if (v instanceof Boolean bool) {
                    b.append(bool ? 't' : 'f');
                } else {
                    escape(b, v.toString());
                }
            }
            b.append('\n');
        }

        /** An array literal {A,B}; device names need no quoting. */
        static String array(String[] values) {
            return "{" + String.join(",", values) + "}";
        }

        private static void escape(StringBuilder b, String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(ch);
                }
            }
        }
    }
}
