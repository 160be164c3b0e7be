package vn.giamngheo.household.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Fired in the transaction of an import's undo before the members the import added are removed. A feature whose
 * records name one of them (an entitlement granted meanwhile, perhaps already sent to a partner) keeps it: that
 * member then leaves the household on the day of the undo instead of vanishing, so those records keep their person
 * and the recompute that follows the undo ends them.
 */
public final class MembersRemoving {
    private final Set<UUID> memberIds;
    private final Set<UUID> kept = new HashSet<>();

    public MembersRemoving(Collection<UUID> memberIds) {
        this.memberIds = Set.copyOf(memberIds);
    }

    public Set<UUID> memberIds() {
        return memberIds;
    }

    public void keep(Collection<UUID> ids) {
        for (UUID id : ids) {
            if (memberIds.contains(id)) {
                kept.add(id);
            }
        }
    }

    public Set<UUID> kept() {
        return Set.copyOf(kept);
    }
}
