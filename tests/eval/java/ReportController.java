package com.acme.shop.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/reports")
public class ReportController {
    private static final Path REPORT_DIR = Paths.get("/var/reports").toAbsolutePath().normalize();
    private static final Set<String> ALLOWED_NEXT = Set.of("/reports", "/dashboard");

    @GetMapping("/{id}")
    public ResponseEntity<byte[]> byId(@PathVariable long id) throws IOException {
        return ResponseEntity.ok(Files.readAllBytes(REPORT_DIR.resolve(id + ".pdf")));
    }

    @GetMapping("/file")
    public ResponseEntity<byte[]> byName(@RequestParam String name) throws IOException {
        Path p = REPORT_DIR.resolve(name).normalize();
        if (!p.startsWith(REPORT_DIR)) return ResponseEntity.badRequest().build();
        return ResponseEntity.ok(Files.readAllBytes(p));
    }

    @GetMapping("/raw")
    public ResponseEntity<byte[]> raw(HttpServletRequest request) throws IOException {
        // expect: java.path-traversal-request
        return ResponseEntity.ok(Files.readAllBytes(Paths.get("/var/reports/" + request.getParameter("file"))));
    }

    @PostMapping("/upload")
    public String upload(@RequestParam("file") MultipartFile file) throws IOException {
        // expect: java.path-traversal-request
        file.transferTo(new java.io.File("/var/reports/uploads/" + file.getOriginalFilename()));
        return "ok";
    }

    @GetMapping("/done")
    public void done(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        response.sendRedirect(ALLOWED_NEXT.contains(next) ? next : "/reports");
    }

    @GetMapping("/leave")
    public void leave(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // expect: java.open-redirect
        response.sendRedirect(request.getParameter("url"));
    }

    @PostMapping("/render")
    public String render(@RequestParam String template) throws IOException {
        // expect: java.runtime-exec-injection
        Process p = Runtime.getRuntime().exec("wkhtmltopdf /var/templates/" + template + " /tmp/out.pdf");
        return "queued " + p.pid();
    }

    @PostMapping("/compress")
    public String compress(@RequestParam String name) throws IOException {
        // expect: java.processbuilder-shell-injection
        new ProcessBuilder("sh", "-c", "gzip -k /var/reports/" + name).start();
        return "ok";
    }

    @PostMapping("/thumbnail")
    public String thumbnail(@RequestParam long id) throws IOException {
        new ProcessBuilder(List.of("convert", REPORT_DIR.resolve(id + ".pdf[0]").toString(), "/tmp/" + id + ".png")).start();
        return "ok";
    }
}
