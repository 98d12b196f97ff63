package tlsconfig

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
	"time"
)

func SecureClient() (*http.Client, error) {
	pool, err := x509.SystemCertPool()
	if err != nil {
		return nil, err
	}
	if pem, err := os.ReadFile(os.Getenv("EXTRA_CA_FILE")); err == nil {
		pool.AppendCertsFromPEM(pem)
	}
	cfg := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	return &http.Client{Timeout: 15 * time.Second, Transport: &http.Transport{TLSClientConfig: cfg}}, nil
}

func InsecureClient() *http.Client {
	tr := &http.Transport{
		// expect: go.tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func LegacyServerConfig() *tls.Config {
	return &tls.Config{
		// expect: go.tls-min-version-weak
		MinVersion: tls.VersionTLS10,
		CipherSuites: []uint16{
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
			// expect: go.tls-insecure-cipher-suite
			tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
			// expect: go.tls-insecure-cipher-suite
			tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA,
		},
	}
}

func CappedConfig() *tls.Config {
	// expect: go.tls-min-version-weak
	return &tls.Config{MaxVersion: tls.VersionTLS11}
}

func ModernServerConfig() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS13,
		CurvePreferences: []tls.CurveID{tls.X25519, tls.CurveP256},
	}
}

func DevTransport() *http.Transport {
	skip := os.Getenv("DEV_SKIP_TLS_VERIFY") == "1"
	return &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: skip}}
}
