package vn.giamngheo.classification.domain;

/** What the household's income is known by: a monthly amount per person, or score A of form B1 (Circular 07/2021). */
public sealed interface Income {
    record Monthly(long vndPerPerson) implements Income {
    }

    record Score(int points) implements Income {
    }
}
