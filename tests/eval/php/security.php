<?php

declare(strict_types=1);

namespace App\Support;

final class Security
{
    public static function hashPassword(string $password): string
    {
        return password_hash($password, PASSWORD_ARGON2ID);
    }

    public static function verifyPassword(string $password, string $hash): bool
    {
        return password_verify($password, $hash);
    }

    public static function legacyHash(string $password, string $salt): string
    {
        // expect: php.password-fast-hash
        return hash('sha256', $salt . $password);
    }

    public static function legacyMd5(string $password): string
    {
        // expect: php.password-fast-hash
        return md5($password);
    }

    public static function etag(string $body): string
    {
        return md5($body);
    }

    public static function resetToken(): string
    {
        return bin2hex(random_bytes(32));
    }

    public static function legacyResetToken(): string
    {
        // expect: php.insecure-random-token
        $token = md5(uniqid((string) mt_rand(), true));
        return $token;
    }

    public static function tempPassword(): string
    {
        // expect: php.insecure-random-token
        $password = substr(str_shuffle('abcdefghjkmnpqrstuvwxyz23456789'), 0, 10);
        return $password;
    }

    public static function otp(): int
    {
        // expect: php.rand-for-secret
        $otp = mt_rand(100000, 999999);
        return $otp;
    }

    public static function secureOtp(): int
    {
        return random_int(100000, 999999);
    }

    public static function shuffleBanner(array $banners): string
    {
        return $banners[array_rand($banners)];
    }
}
