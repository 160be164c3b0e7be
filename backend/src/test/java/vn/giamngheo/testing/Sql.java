package vn.giamngheo.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Direct statements against the test database, for what the API must never allow (e.g. changing frozen rows). */
public final class Sql {
    private Sql() {
    }

    public static int update(String statement) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class))) {
            return c.createStatement().executeUpdate(statement);
        }
    }
}
