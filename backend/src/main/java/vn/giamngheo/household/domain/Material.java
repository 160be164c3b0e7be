package vn.giamngheo.household.domain;

/** Main material of walls, columns or roof. */
public enum Material {
    REINFORCED_CONCRETE,
    BRICK_STONE,
    HARDWOOD,
    METAL_SHEET,
    SOFTWOOD_PLANKS,
    BAMBOO_LEAVES,
    MUD,
    OTHER
}
