package com.example.logistics.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShipmentController {

    private static final Set<String> CARRIERS = Set.of("dhl", "ups", "fedex");
    private static final Path LABELS = Paths.get("/srv/logistics/labels");

    private final DataSource dataSource;

    public ShipmentController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private String shipmentsFor(String customer) {
        return "SELECT id, status FROM shipments WHERE customer = '" + customer + "'";
    }

    private String carrierOf(String value) {
        if (CARRIERS.contains(value)) {
            return value;
        }
        return "dhl";
    }

    private String defaultRegion(String value) {
        String region = "eu-west";
        return region;
    }

    private void printLabel(String id) throws IOException {
        Runtime.getRuntime().exec(new String[] {"lp", "/srv/logistics/labels/" + id + ".pdf"});
    }

    private void purge(String name) throws IOException {
        // expect: java.runtime-exec-injection
        Runtime.getRuntime().exec("rm -f /srv/logistics/tmp/" + name);
    }

    @GetMapping("/shipments")
    public int shipments(@RequestParam String customer) throws SQLException {
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            // expect: java.tainted-sql
            ResultSet rs = st.executeQuery(shipmentsFor(customer));
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @GetMapping("/shipments/by-carrier")
    public byte[] byCarrier(@RequestParam String carrier) throws IOException {
        return Files.readAllBytes(LABELS.resolve(carrierOf(carrier) + ".json"));
    }

    @GetMapping("/shipments/by-region")
    public void byRegion(@RequestParam String region, HttpServletResponse response) throws IOException {
        response.setContentType("text/html");
        response.getWriter().write("<p>Shipments for " + defaultRegion(region) + "</p>");
    }

    @GetMapping("/shipments/by-id")
    public int byId(@RequestParam String id) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT status FROM shipments WHERE id = ?")) {
            ps.setString(1, id);
            ResultSet rs = ps.executeQuery();
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @PostMapping("/shipments/purge")
    public void purgeTemp(HttpServletRequest request) throws IOException {
        // expect: java.tainted-command
        purge(request.getParameter("name"));
    }

    @PostMapping("/shipments/label")
    public void label(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("[0-9]{1,12}")) {
            response.sendError(400);
            return;
        }
        printLabel(id);
    }
}
