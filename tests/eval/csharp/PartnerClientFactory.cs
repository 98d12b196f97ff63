using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Shop.Integrations;

public static class PartnerClientFactory
{
    public static HttpClient Create(string baseUrl)
    {
        var handler = new HttpClientHandler();
        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(15) };
    }

    public static HttpClient CreateLegacy(string baseUrl)
    {
        var handler = new HttpClientHandler
        {
            // expect: csharp.tls-certificate-validation-disabled
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true,
        };
        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
    }

    public static HttpClient CreateDangerous(string baseUrl)
    {
        var handler = new HttpClientHandler
        {
            // expect: csharp.tls-certificate-validation-disabled
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        };
        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
    }

    public static HttpClient CreatePinned(string baseUrl, string expectedThumbprint)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                errors == SslPolicyErrors.None && cert is not null &&
                string.Equals(cert.GetCertHashString(), expectedThumbprint, StringComparison.OrdinalIgnoreCase),
        };
        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
    }

    public static void DisableGlobally()
    {
        // expect: csharp.tls-certificate-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };
    }
}
