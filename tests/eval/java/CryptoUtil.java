package com.acme.shop.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public final class CryptoUtil {
    private static final SecureRandom RNG = new SecureRandom();

    private CryptoUtil() {}

    public static byte[] encryptGcm(SecretKey key, byte[] plaintext) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        RNG.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] ct = c.doFinal(plaintext);
        return ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
    }

    public static byte[] encryptCardNumber(byte[] key, byte[] pan) throws GeneralSecurityException {
        // expect: java.cipher-ecb-mode
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        return c.doFinal(pan);
    }

    public static byte[] encryptDefault(byte[] key, byte[] data) throws GeneralSecurityException {
        // expect: java.cipher-ecb-mode
        Cipher c = Cipher.getInstance("AES");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        return c.doFinal(data);
    }

    public static byte[] decryptMainframe(byte[] key, byte[] data) throws GeneralSecurityException {
        // expect: java.weak-cipher-algorithm
        Cipher c = Cipher.getInstance("DESede/CBC/PKCS5Padding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "DESede"));
        return c.doFinal(data);
    }

    public static byte[] legacyDes(byte[] key, byte[] data) throws GeneralSecurityException {
        // expect: java.weak-cipher-algorithm
        Cipher c = Cipher.getInstance("DES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DES"));
        return c.doFinal(data);
    }

    public static Cipher wrapCipher() throws GeneralSecurityException {
        return Cipher.getInstance("AESWrap");
    }

    public static Cipher rsaOaep() throws GeneralSecurityException {
        return Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    }
}
