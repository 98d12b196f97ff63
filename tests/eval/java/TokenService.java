package com.acme.shop.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.lang3.RandomStringUtils;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class TokenService {
    private static final SecureRandom SECURE = new SecureRandom();
    private static final Random RANDOM = new Random();
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(12);

    public String newSessionToken() {
        byte[] b = new byte[32];
        SECURE.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public String newResetToken() {
        // expect: java.insecure-random-secret
        String token = Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());
        return token;
    }

    public String newOtp() {
        // expect: java.math-random-secret
        int otp = ThreadLocalRandom.current().nextInt(100000, 1000000);
        return Integer.toString(otp);
    }

    public String tempPassword() {
        // expect: java.math-random-secret
        return RandomStringUtils.randomAlphanumeric(12);
    }

    public String apiKey() {
        // expect: java.math-random-secret
        String apiKey = "ak_" + (long) (Math.random() * 1e16);
        return apiKey;
    }

    public long backoffMillis(int attempt) {
        return (long) (Math.pow(2, attempt) * 100 + ThreadLocalRandom.current().nextInt(100));
    }

    public String hashPassword(String raw) {
        return encoder.encode(raw);
    }

    public String legacyPasswordHash(String password) throws NoSuchAlgorithmException {
        // expect: java.weak-hash-algorithm
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    public String gravatar(String email) throws NoSuchAlgorithmException {
        // expect: java.weak-hash-algorithm
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        return HexFormat.of().formatHex(md.digest(email.trim().toLowerCase().getBytes(StandardCharsets.UTF_8)));
    }

    public String checksum(byte[] data) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
