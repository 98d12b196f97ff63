# frozen_string_literal: true

require "net/http"
require "openssl"
require "faraday"

class PartnerClient
  BASE = URI(ENV.fetch("PARTNER_API_URL", "https://partner.example.com"))

  def get(path)
    http = Net::HTTP.new(BASE.host, BASE.port)
    http.use_ssl = true
    http.verify_mode = OpenSSL::SSL::VERIFY_PEER
    http.ca_file = ENV["PARTNER_CA_FILE"] if ENV["PARTNER_CA_FILE"]
    http.get(path).body
  end

  def legacy_get(path)
    http = Net::HTTP.new(BASE.host, BASE.port)
    http.use_ssl = true
    # expect: ruby.ssl-verify-none
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    http.get(path).body
  end

  def faraday
    # expect: ruby.ssl-verify-none
    @faraday ||= Faraday.new(url: BASE.to_s, ssl: { verify: false })
  end

  def faraday_secure
    @faraday_secure ||= Faraday.new(url: BASE.to_s, ssl: { verify: true, ca_file: ENV["PARTNER_CA_FILE"] })
  end

  def raw_socket
    ctx = OpenSSL::SSL::SSLContext.new
    # expect: ruby.ssl-verify-none
    ctx.set_params(verify_mode: OpenSSL::SSL::VERIFY_NONE)
    ctx
  end
end
