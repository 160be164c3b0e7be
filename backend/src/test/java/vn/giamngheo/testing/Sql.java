package vn.giamngheo.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Direct statements against the test database, for what the API must never allow (e.g. changing frozen rows). */
public final class Sql {
    private Sql() {
    }

    public static int update(String statement) throws SQLException {
        try (Connection c = connect()) {
            return c.createStatement().executeUpdate(statement);
        }
    }

    /** The first column of a query's first row. */
    public static Object single(String query) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(query)) {
            if (!rs.next()) {
                throw new AssertionError("no row: " + query);
            }
            return rs.getObject(1);
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class));
    }
}
