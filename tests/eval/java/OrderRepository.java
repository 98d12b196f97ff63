package com.acme.shop.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class OrderRepository {
    private static final Map<String, String> SORTABLE = Map.of("date", "created_at", "total", "total_cents");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public OrderRepository(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    public List<Long> findByCustomer(String customerId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM orders WHERE customer_id = ?")) {
            ps.setString(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    public int countByStatus(String status) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            // expect: java.jdbc-sql-injection
            ResultSet rs = st.executeQuery("SELECT count(*) FROM orders WHERE status = '" + status + "'");
            rs.next();
            return rs.getInt(1);
        }
    }

    public void archive(String before) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            // expect: java.jdbc-sql-injection
            PreparedStatement ps = c.prepareStatement(String.format("UPDATE orders SET archived = true WHERE created_at < '%s'", before));
            ps.executeUpdate();
        }
    }

    public List<Map<String, Object>> search(String term) {
        return jdbc.queryForList("SELECT id, total_cents FROM orders WHERE note ILIKE ?", "%" + term + "%");
    }

    public List<Map<String, Object>> byRegion(String region) {
        // expect: java.spring-jdbctemplate-sql-injection
        return jdbc.queryForList("SELECT id, total_cents FROM orders WHERE region = '" + region + "'");
    }

    public int deleteForCustomer(String customerId) {
        // expect: java.spring-jdbctemplate-sql-injection
        return jdbc.update(String.format("DELETE FROM orders WHERE customer_id = '%s'", customerId));
    }

    public List<Map<String, Object>> sorted(String sortKey) {
        String column = SORTABLE.getOrDefault(sortKey, "created_at");
        return jdbc.queryForList("SELECT id, total_cents FROM orders ORDER BY " + column + " DESC LIMIT 50");
    }

    public Long total(String currency) {
        return jdbc.queryForObject("SELECT sum(total_cents) FROM orders WHERE currency = ?", Long.class, currency);
    }
}
