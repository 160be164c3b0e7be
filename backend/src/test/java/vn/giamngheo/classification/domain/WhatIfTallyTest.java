package vn.giamngheo.classification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.classification.domain.PovertyStatus.MIDDLE_INCOME;
import static vn.giamngheo.classification.domain.PovertyStatus.NEAR_POOR;
import static vn.giamngheo.classification.domain.PovertyStatus.NOT_POOR;
import static vn.giamngheo.classification.domain.PovertyStatus.POOR;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.classification.domain.WhatIfTally.CommuneSummary;
import vn.giamngheo.classification.domain.WhatIfTally.Move;

class WhatIfTallyTest {

    @Test
    void countsEachCommuneAndMove() {
        WhatIfTally t = new WhatIfTally();
        t.add("29956", NOT_POOR, NOT_POOR);
        t.add("29956", NOT_POOR, NEAR_POOR);
        t.add("29956", NOT_POOR, NEAR_POOR);
        t.add("29956", POOR, NOT_POOR);
        t.add("29956", NOT_POOR, null);
        t.add("29971", NEAR_POOR, NEAR_POOR);
        assertThat(t.counts()).containsExactly(
                new WhatIfTally.Count("29956", NOT_POOR, NOT_POOR, 1), new WhatIfTally.Count("29956", NOT_POOR, NEAR_POOR, 2),
                new WhatIfTally.Count("29956", POOR, NOT_POOR, 1), new WhatIfTally.Count("29956", NOT_POOR, null, 1),
                new WhatIfTally.Count("29971", NEAR_POOR, NEAR_POOR, 1));
    }

    @Test
    void summarisesPerCommuneWithFiguresThatAddUp() {
        List<WhatIfTally.Count> counts = List.of(
                new WhatIfTally.Count("29971", NEAR_POOR, NEAR_POOR, 4),
                new WhatIfTally.Count("29956", NOT_POOR, NOT_POOR, 90),
                new WhatIfTally.Count("29956", NOT_POOR, NEAR_POOR, 6),
                new WhatIfTally.Count("29956", POOR, NEAR_POOR, 1),
                new WhatIfTally.Count("29956", NOT_POOR, MIDDLE_INCOME, 2),
                new WhatIfTally.Count("29956", POOR, null, 3));
        List<CommuneSummary> s = WhatIfTally.summarize(counts);
        assertThat(s).extracting(CommuneSummary::communeCode).containsExactly("29956", "29971");
        CommuneSummary tp1 = s.get(0);
        assertThat(tp1.households()).isEqualTo(102);
        assertThat(tp1.unclassifiable()).isEqualTo(3);
        assertThat(tp1.classified()).isEqualTo(99);
        assertThat(tp1.unchanged()).isEqualTo(90);
        assertThat(tp1.changed()).isEqualTo(9);
        assertThat(tp1.moves()).containsExactly(new Move(POOR, NEAR_POOR, 1), new Move(NOT_POOR, NEAR_POOR, 6),
                new Move(NOT_POOR, MIDDLE_INCOME, 2));
        assertThat(s.get(1).changed()).isZero();
        assertThat(s.get(1).unchanged()).isEqualTo(4);
    }

    @Test
    void addsCommunesUpWithTheirMovesMerged() {
        List<WhatIfTally.Count> counts = new ArrayList<>(List.of(
                new WhatIfTally.Count("29956", NOT_POOR, NEAR_POOR, 6),
                new WhatIfTally.Count("29971", NOT_POOR, NEAR_POOR, 3),
                new WhatIfTally.Count("29971", NOT_POOR, NOT_POOR, 10),
                new WhatIfTally.Count("29971", NOT_POOR, null, 1)));
        CommuneSummary total = WhatIfTally.total(WhatIfTally.summarize(counts));
        assertThat(total.households()).isEqualTo(20);
        assertThat(total.changed()).isEqualTo(9);
        assertThat(total.unclassifiable()).isEqualTo(1);
        assertThat(total.moves()).containsExactly(new Move(NOT_POOR, NEAR_POOR, 9));
        assertThat(WhatIfTally.total(List.of()).households()).isZero();
    }
}
