package vn.giamngheo.classification.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of a what-if run per commune and move (status now → status under the run's standard). A null target
 * status counts a household that could not be classified. Chunks of a run are tallied separately and added up
 * in the database; {@link #summarize} turns the counts into the per-commune figures the API reports.
 */
public final class WhatIfTally {
    private static final Comparator<Move> MOVE_ORDER = Comparator.comparing(Move::from).thenComparing(Move::to);

    private final Map<Key, Integer> counts = new LinkedHashMap<>();

    public record Key(String communeCode, PovertyStatus from, PovertyStatus to) {
    }

    public record Count(String communeCode, PovertyStatus from, PovertyStatus to, int households) {
    }

    public record Move(PovertyStatus from, PovertyStatus to, long households) {
    }

    /** households = classified + unclassifiable; classified = unchanged + changed; moves add up to changed. */
    public record CommuneSummary(String communeCode, long households, long classified, long unclassifiable, long unchanged,
                                 long changed, List<Move> moves) {
    }

    public void add(String communeCode, PovertyStatus from, PovertyStatus to) {
        counts.merge(new Key(communeCode, from, to), 1, Integer::sum);
    }

    public List<Count> counts() {
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey().communeCode(), e.getKey().from(), e.getKey().to(), e.getValue())).toList();
    }

    /** One summary per commune in code order; moves in status order (poor first), from before to. */
    public static List<CommuneSummary> summarize(List<Count> counts) {
        Map<String, List<Count>> byCommune = new TreeMap<>();
        for (Count c : counts) {
            byCommune.computeIfAbsent(c.communeCode(), k -> new ArrayList<>()).add(c);
        }
        List<CommuneSummary> out = new ArrayList<>();
        byCommune.forEach((commune, rows) -> {
            long households = 0;
            long unclassifiable = 0;
            long unchanged = 0;
            List<Move> moves = new ArrayList<>();
            for (Count c : rows) {
                households += c.households();
                if (c.to() == null) {
                    unclassifiable += c.households();
                } else if (c.to() == c.from()) {
                    unchanged += c.households();
                } else {
                    moves.add(new Move(c.from(), c.to(), c.households()));
                }
            }
            moves.sort(MOVE_ORDER);
            long classified = households - unclassifiable;
            out.add(new CommuneSummary(commune, households, classified, unclassifiable, unchanged, classified - unchanged, moves));
        });
        return out;
    }

    /** The figures of several communes added up (their moves merged). */
    public static CommuneSummary total(List<CommuneSummary> communes) {
        Map<Key, Long> moves = new TreeMap<>(Comparator.comparing(Key::from).thenComparing(Key::to));
        long households = 0;
        long classified = 0;
        long unclassifiable = 0;
        long unchanged = 0;
        for (CommuneSummary c : communes) {
            households += c.households();
            classified += c.classified();
            unclassifiable += c.unclassifiable();
            unchanged += c.unchanged();
            for (Move m : c.moves()) {
                moves.merge(new Key(null, m.from(), m.to()), m.households(), Long::sum);
            }
        }
        List<Move> merged = moves.entrySet().stream().map(e -> new Move(e.getKey().from(), e.getKey().to(), e.getValue())).toList();
        return new CommuneSummary(null, households, classified, unclassifiable, unchanged, classified - unchanged, merged);
    }
}
