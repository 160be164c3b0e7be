package vn.giamngheo.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void anExhaustedPoolOrAnUnreachableDatabaseIsUnavailableNotAnError() {
        var exhausted = new PersistenceException(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")));
        var unreachable = new PersistenceException(new SQLException("Connection refused", "08001"));
        assertThat(ProblemMapper.databaseUnavailable(exhausted)).isTrue();
        assertThat(ProblemMapper.databaseUnavailable(unreachable)).isTrue();
    }

    @Test
    void otherDatabaseErrorsStayInternal() {
        assertThat(ProblemMapper.databaseUnavailable(new PersistenceException(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(ProblemMapper.databaseUnavailable(new IllegalStateException("boom"))).isFalse();
    }
}
