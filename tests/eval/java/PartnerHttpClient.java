package com.acme.shop.partner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.ssl.SSLContextBuilder;

public class PartnerHttpClient {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public String fetchCatalog(String baseUrl) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/catalog")).GET().build();
        return client.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    public static SSLContext legacyContext() throws Exception {
        TrustManager[] trustAll = new TrustManager[] { new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}
            // expect: java.trust-all-certificates
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        } };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, new java.security.SecureRandom());
        return ctx;
    }

    public static void disableHostnameChecks() {
        // expect: java.hostname-verification-disabled
        HostnameVerifier allowAll = (hostname, session) -> true;
        HttpsURLConnection.setDefaultHostnameVerifier(allowAll);
    }

    public static SSLContext apacheTrustAll() throws Exception {
        // expect: java.trust-all-certificates
        return new SSLContextBuilder().loadTrustMaterial(null, TrustAllStrategy.INSTANCE).build();
    }

    public static SSLContext pinnedContext(java.security.KeyStore trustStore) throws Exception {
        return new SSLContextBuilder().loadTrustMaterial(trustStore, null).build();
    }
}
