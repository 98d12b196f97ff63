package com.acme.accounts.web;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

public class AccountServlet extends HttpServlet {
    private static final String EXPORT_DIR = "/var/exports/";
    private Connection conn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getParameter("action");
        try {
            if ("search".equals(action)) {
                search(request, response);
            } else if ("export".equals(action)) {
                export(request, response);
            } else {
                greet(request, response);
            }
        } catch (SQLException e) {
            response.sendError(500);
        }
    }

    private void search(HttpServletRequest request, HttpServletResponse response) throws SQLException, IOException {
        String owner = request.getParameter("owner");
        String sort = request.getParameter("sort");
        List<String> filters = new ArrayList<>();
        filters.add("active = 1");
        if (owner != null) {
            filters.add("owner = '" + owner.trim() + "'");
        }
        String where = String.join(" AND ", filters);
        StringBuilder sql = new StringBuilder("SELECT id, name FROM accounts WHERE ");
        sql.append(where);
        Statement st = conn.createStatement();
        // expect: java.tainted-sql
        ResultSet rs = st.executeQuery(sql.toString());

        PreparedStatement ps = conn.prepareStatement("SELECT id, name FROM accounts WHERE owner = ? ORDER BY name");
        ps.setString(1, owner);
        ResultSet safe = ps.executeQuery();

        int limit = Integer.parseInt(request.getParameter("limit"));
        ResultSet page = st.executeQuery("SELECT id FROM accounts LIMIT " + limit);

        PrintWriter out = response.getWriter();
        while (safe.next()) {
            out.println("<li>" + Encode.forHtml(safe.getString("name")) + "</li>");
        }
        response.getWriter().print("<p>Sorted by " + Encode.forHtml(sort) + "</p>");
    }

    private void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = null;
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if ("exportName".equals(c.getName())) {
                    name = c.getValue();
                }
            }
        }
        String path = EXPORT_DIR + name;
        // expect: java.tainted-path
        FileInputStream in = new FileInputStream(new File(path));
        in.close();

        String format = request.getParameter("format");
        String[] command = {"/usr/local/bin/exporter", "--format", format};
        Runtime runtime = Runtime.getRuntime();
        // expect: java.tainted-command
        runtime.exec(command);

        FileInputStream fixed = new FileInputStream(EXPORT_DIR + "latest.csv");
        fixed.close();
    }

    private void greet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String visitor = request.getHeader("X-Visitor");
        String greeting = buildGreeting(visitor);
        // expect: java.tainted-html
        response.getWriter().write(greeting);
        response.getWriter().write(buildGreeting(Encode.forHtml(visitor)));
        response.getWriter().write(buildGreeting("guest"));
    }

    private static String buildGreeting(String who) {
        return "<h1>Welcome back, " + who + "</h1>";
    }
}
