package vn.giamngheo.benefit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.giamngheo.benefit.api.BenefitProgramDto;
import vn.giamngheo.benefit.api.BenefitProgramList;
import vn.giamngheo.benefit.mapping.BenefitMapper;
import vn.giamngheo.benefit.persistence.BenefitRepository;
import vn.giamngheo.common.error.ProblemException;

/** The programs of the plan and their rule packs (reference data). */
@ApplicationScoped
public class BenefitProgramService {
    private final BenefitRepository benefits;

    BenefitProgramService(BenefitRepository benefits) {
        this.benefits = benefits;
    }

    @Transactional
    public BenefitProgramList list() {
        return new BenefitProgramList(benefits.programs().stream().map(BenefitMapper::toDto).toList());
    }

    @Transactional
    public BenefitProgramDto get(String code) {
        return benefits.programs().stream().filter(p -> p.code().equals(code)).findFirst().map(BenefitMapper::toDto)
                .orElseThrow(() -> ProblemException.notFound("PROGRAM_NOT_FOUND", "No benefit program " + code));
    }
}
