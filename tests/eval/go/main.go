package main

import (
	"crypto/tls"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"
)

func newRouter() *gin.Engine {
	if os.Getenv("GIN_MODE") == "" {
		gin.SetMode(gin.ReleaseMode)
	}
	r := gin.New()
	r.Use(gin.Recovery())
	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	return r
}

func debugRouter() *gin.Engine {
	// expect: go.gin-debug-mode
	gin.SetMode(gin.DebugMode)
	return gin.Default()
}

func main() {
	router := newRouter()

	srv := &http.Server{
		Addr:              ":8443",
		Handler:           router,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		TLSConfig: &tls.Config{
			MinVersion: tls.VersionTLS12,
		},
	}

	// expect: go.http-server-no-timeout
	metrics := &http.Server{
		Addr:    ":9090",
		Handler: http.DefaultServeMux,
	}
	go func() {
		if err := metrics.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Printf("metrics: %v", err)
		}
	}()

	go func() {
		// expect: go.http-server-no-timeout
		log.Println(http.ListenAndServe(":6060", nil))
	}()

	log.Fatal(srv.ListenAndServeTLS(os.Getenv("TLS_CERT"), os.Getenv("TLS_KEY")))
}
