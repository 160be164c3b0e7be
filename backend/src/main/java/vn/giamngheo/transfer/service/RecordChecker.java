package vn.giamngheo.transfer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.service.AreaService;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.household.api.BulkHousehold;
import vn.giamngheo.household.api.HouseholdCreate;
import vn.giamngheo.household.api.HouseholdKey;
import vn.giamngheo.household.api.MemberInput;
import vn.giamngheo.household.service.HouseholdBulkService;
import vn.giamngheo.household.service.RegistrationCheck;
import vn.giamngheo.transfer.domain.CitizenIdSet;
import vn.giamngheo.transfer.domain.Column;
import vn.giamngheo.transfer.domain.ImportMatch;
import vn.giamngheo.transfer.domain.ImportRecord;
import vn.giamngheo.transfer.domain.RowProblem;

/**
 * Checks the records of a file chunk by chunk with the household feature's own rules: the create body's constraints
 * (Bean Validation on {@link HouseholdCreate}), its area and roster rules ({@link RegistrationCheck}), then what only
 * a file has: citizen ids and households used twice in it, and the registry: citizen ids of other households, the
 * household each record updates, the caller's area.
 */
@ApplicationScoped
public class RecordChecker {
    private final Validator validator;
    private final RegistrationCheck registration;
    private final HouseholdBulkService households;
    private final AreaService areas;

    RecordChecker(Validator validator, RegistrationCheck registration, HouseholdBulkService households, AreaService areas) {
        this.validator = validator;
        this.registration = registration;
        this.households = households;
        this.areas = areas;
    }

    /** What a job remembers of its file while checking it: ids and households seen so far. */
    public static final class Seen {
        final CitizenIdSet citizenIds = new CitizenIdSet();
        final CitizenIdSet targets = new CitizenIdSet();
        final Map<String, Optional<AreaDto>> areas = new HashMap<>();
    }

    /** A record with its problems and, when it has none, the write it asks for. */
    public record Checked(ImportRecord record, List<RowProblem> problems, BulkHousehold write) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Remembers a record's ids without checking it: a resumed job passes over the records it checked before. */
    public void remember(ImportRecord r, Seen seen) {
        if (r.data() != null && r.data().members() != null) {
            for (MemberInput m : r.data().members()) {
                if (m != null) {
                    seen.citizenIds.add(m.citizenId());
                }
            }
        }
    }

    /** Every rule, for the validating phase. Runs in the caller's transaction (registry look-ups). */
    public List<Checked> check(List<ImportRecord> chunk, ImportMatch match, String communeScope, LocalDate today, Seen seen) {
        List<List<RowProblem>> problems = new ArrayList<>(chunk.size());
        for (ImportRecord r : chunk) {
            List<RowProblem> p = new ArrayList<>(r.problems());
            if (r.data() != null) {
                Set<String> known = new HashSet<>();
                p.forEach(x -> known.add(x.pointer()));
                for (ConstraintViolation<HouseholdCreate> v : validator.validate(r.data())) {
                    String pointer = pointer(v.getPropertyPath());
                    if (known.add(pointer)) {
                        p.add(problem(r, pointer, code(v), v.getMessage()));
                    }
                }
                for (FieldError e : registration.check(r.data(), today, code -> seen.areas.computeIfAbsent(code, areas::find))) {
                    if (known.add(e.pointer()) || !e.pointer().startsWith("/members/")) {
                        p.add(problem(r, e.pointer(), e.code(), e.detail()));
                    }
                }
                if (communeScope != null && r.data().communeCode() != null && !communeScope.equals(r.data().communeCode())) {
                    p.add(problem(r, "/communeCode", "OUTSIDE_AREA", "you may import households of commune " + communeScope + " only"));
                }
                List<MemberInput> members = r.data().members() == null ? List.of() : r.data().members();
                for (int i = 0; i < members.size(); i++) {
                    MemberInput m = members.get(i);
                    if (m != null && m.citizenId() != null && !seen.citizenIds.add(m.citizenId())
                            && p.stream().noneMatch(x -> x.code().equals("DUPLICATE_IN_REQUEST"))) {
                        p.add(problem(r, "/members/" + i + "/citizenId", "DUPLICATE_IN_FILE", "is also the citizen id of a member on an earlier line"));
                    }
                }
            }
            problems.add(p);
        }
        return againstRegistry(chunk, problems, match, communeScope, seen);
    }

    /** Only what the registry may have changed since the file was checked, for the writing phase. */
    public List<Checked> recheck(List<ImportRecord> chunk, ImportMatch match, String communeScope) {
        List<List<RowProblem>> problems = new ArrayList<>(chunk.size());
        chunk.forEach(r -> problems.add(new ArrayList<>()));
        return againstRegistry(chunk, problems, match, communeScope, null);
    }

    private List<Checked> againstRegistry(List<ImportRecord> chunk, List<List<RowProblem>> problems, ImportMatch match, String communeScope,
                                          Seen seen) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (ImportRecord r : chunk) {
            if (r.data() != null && r.data().members() != null) {
                r.data().members().stream().filter(m -> m != null && m.citizenId() != null).forEach(m -> ids.add(m.citizenId()));
            }
            if (match == ImportMatch.HOUSEHOLD_CODE && r.householdCode() != null) {
                codes.add(r.householdCode());
            }
        }
        Map<String, HouseholdKey> owners = households.byActiveCitizenIds(ids);
        Map<String, HouseholdKey> byCode = households.byCodes(codes);
        List<Checked> out = new ArrayList<>(chunk.size());
        for (int k = 0; k < chunk.size(); k++) {
            ImportRecord r = chunk.get(k);
            List<RowProblem> p = problems.get(k);
            HouseholdKey target = null;
            if (r.data() == null) {
                out.add(new Checked(r, p, null));
                continue;
            }
            List<MemberInput> members = r.data().members() == null ? List.of() : r.data().members();
            if (match == ImportMatch.HOUSEHOLD_CODE && r.householdCode() != null) {
                target = byCode.get(r.householdCode());
                if (target == null) {
                    p.add(problem(r, "/householdCode", "UNKNOWN_HOUSEHOLD_CODE", "no registered household has this code"));
                }
            } else if (match == ImportMatch.CITIZEN_ID) {
                Map<UUID, HouseholdKey> found = new HashMap<>();
                members.stream().filter(m -> m != null && m.citizenId() != null && owners.containsKey(m.citizenId()))
                        .forEach(m -> found.put(owners.get(m.citizenId()).id(), owners.get(m.citizenId())));
                if (found.size() > 1) {
                    p.add(problem(r, "/members", "AMBIGUOUS_MATCH", "the members' citizen ids belong to " + found.size() + " registered households"));
                } else if (found.size() == 1) {
                    target = found.values().iterator().next();
                }
            }
            if (target != null) {
                if (target.archived()) {
                    p.add(problem(r, "/householdCode", "HOUSEHOLD_ARCHIVED", "household " + target.code() + " is archived"));
                }
                if (r.data().communeCode() != null && !target.communeCode().equals(r.data().communeCode())) {
                    p.add(problem(r, "/communeCode", "COMMUNE_MISMATCH", "household " + target.code() + " is registered in commune " + target.communeCode()));
                }
                if (communeScope != null && !communeScope.equals(target.communeCode())) {
                    p.add(problem(r, "/communeCode", "OUTSIDE_AREA", "household " + target.code() + " is outside your area"));
                }
                if (seen != null && !seen.targets.addLong((target.id().getMostSignificantBits() ^ target.id().getLeastSignificantBits()) & Long.MAX_VALUE)) {
                    p.add(problem(r, "/householdCode", "DUPLICATE_IN_FILE", "household " + target.code() + " is updated by an earlier record too"));
                }
            }
            for (int i = 0; i < members.size(); i++) {
                MemberInput m = members.get(i);
                if (m == null || m.citizenId() == null) {
                    continue;
                }
                HouseholdKey owner = owners.get(m.citizenId());
                if (owner != null && (target == null || !owner.id().equals(target.id()))) {
                    p.add(problem(r, "/members/" + i + "/citizenId", "DUPLICATE_CITIZEN_ID", "belongs to a current member of household " + owner.code()));
                }
            }
            out.add(new Checked(r, p, p.isEmpty() ? new BulkHousehold(target == null ? null : target.id(), r.data()) : null));
        }
        return out;
    }

    private static RowProblem problem(ImportRecord r, String pointer, String code, String message) {
        String column = Column.byPointer(pointer).map(Column::headerEn).orElse(null);
        return new RowProblem(r.lineOf(pointer), column, pointer, code, message);
    }

    /** "members[1].citizenId" → "/members/1/citizenId". */
    private static String pointer(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node n : path) {
            if (n.getIndex() != null) {
                b.append('/').append(n.getIndex());
            }
            if (n.getName() != null && !n.getName().startsWith("<")) {
                b.append('/').append(n.getName());
            }
        }
        return b.toString();
    }

    private static String code(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Pattern" -> "INVALID_FORMAT";
            case "Size" -> "INVALID_SIZE";
            case "PastOrPresent", "Past" -> "DATE_IN_FUTURE";
            default -> "OUT_OF_RANGE";
        };
    }
}
