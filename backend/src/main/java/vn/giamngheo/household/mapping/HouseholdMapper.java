package vn.giamngheo.household.mapping;

import java.util.Arrays;
import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.giamngheo.household.api.HouseholdDto;
import vn.giamngheo.household.api.HousingDto;
import vn.giamngheo.household.api.MemberDto;
import vn.giamngheo.household.api.MemberInput;
import vn.giamngheo.household.domain.Device;
import vn.giamngheo.household.domain.MemberFacts;
import vn.giamngheo.household.domain.Names;
import vn.giamngheo.household.domain.Relationship;
import vn.giamngheo.household.persistence.Household;
import vn.giamngheo.household.persistence.HouseholdMember;

@Mapper
public interface HouseholdMapper {

    @Mapping(target = "housing", source = "h")
    @Mapping(target = "members", expression = "java(toDtos(h.currentMembers()))")
    @Mapping(target = "headMemberId", expression = "java(headId(h))")
    @Mapping(target = "archived", expression = "java(h.archived())")
    @Mapping(target = "mergedIntoHouseholdId", source = "h.mergedIntoId")
    HouseholdDto toDto(Household h, String communeName, String hamletName);

    HousingDto toHousing(Household h);

    MemberDto toDto(HouseholdMember m);

    List<MemberDto> toDtos(List<HouseholdMember> members);

    /** Copies the editable housing facts; everything else on the entity is the service's business. */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    void applyHousing(HousingDto housing, @MappingTarget Household h);

    /** Copies a member's editable facts; identity, household and membership dates are set by the service. */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "fullName", expression = "java(vn.giamngheo.household.domain.Names.normalize(in.fullName()))")
    @Mapping(target = "joinedOn", ignore = true)
    void applyMember(MemberInput in, @MappingTarget HouseholdMember m);

    default MemberFacts facts(MemberInput in, java.time.LocalDate defaultJoinedOn) {
        return new MemberFacts(Names.normalize(in.fullName()), in.dateOfBirth(), in.sex(), in.relationship(), in.citizenId(),
                in.healthInsuranceCardNumber(), in.healthInsuranceExpiry(),
                in.joinedOn() != null ? in.joinedOn() : defaultJoinedOn);
    }

    default java.util.UUID headId(Household h) {
        return h.currentMembers().stream().filter(m -> m.relationship == Relationship.HEAD).map(m -> m.id)
                .findFirst().orElse(null);
    }

    default List<Device> devices(String[] devices) {
        return devices == null ? List.of() : Arrays.stream(devices).map(Device::valueOf).toList();
    }

    default String[] devices(List<Device> devices) {
        return devices == null ? new String[0] : devices.stream().distinct().sorted().map(Device::name).toArray(String[]::new);
    }
}
