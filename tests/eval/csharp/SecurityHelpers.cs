using System.Security.Cryptography;
using System.Text;

namespace Shop.Security;

public static class SecurityHelpers
{
    private static readonly Random Rng = new();
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string NewApiKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string NewResetCode()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 8; i++)
        {
            // expect: csharp.insecure-random-secret
            sb.Append(Alphabet[Rng.Next(Alphabet.Length)]);
        }
        return sb.ToString();
    }

    public static string NewOtp()
    {
        // expect: csharp.insecure-random-secret
        var otp = new Random().Next(100000, 999999).ToString();
        return otp;
    }

    public static int SecureOtp() => RandomNumberGenerator.GetInt32(100000, 1000000);

    public static int RetryDelayMs(int attempt) => (int)Math.Pow(2, attempt) * 100 + Random.Shared.Next(0, 50);

    public static string LegacyPasswordHash(string password)
    {
        // expect: csharp.weak-hash-algorithm
        using var md5 = MD5.Create();
        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(password)));
    }

    public static string Gravatar(string email)
    {
        // expect: csharp.weak-hash-algorithm
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()));
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    public static string Checksum(byte[] data) => Convert.ToHexString(SHA256.HashData(data));

    public static byte[] EncryptLegacy(byte[] key, byte[] iv, byte[] data)
    {
        // expect: csharp.weak-cipher
        using var des = TripleDES.Create();
        des.Key = key;
        des.IV = iv;
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncryptEcb(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        // expect: csharp.weak-cipher
        aes.Mode = CipherMode.ECB;
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncryptGcm(byte[] key, byte[] plaintext, out byte[] nonce, out byte[] tag)
    {
        nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var ct = new byte[plaintext.Length];
        using var gcm = new AesGcm(key, tag.Length);
        gcm.Encrypt(nonce, plaintext, ct, tag);
        return ct;
    }

    public static string Pbkdf2(string password, byte[] salt) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32));
}
