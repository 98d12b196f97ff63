# frozen_string_literal: true

class WebhooksController < ApplicationController
  # expect: ruby.csrf-protection-disabled
  skip_before_action :verify_authenticity_token

  before_action :verify_signature!

  def stripe
    event = JSON.parse(request.raw_post)
    StripeEventJob.perform_later(event["id"], event["type"])
    head :ok
  end

  def legacy
    # expect: ruby.unsafe-deserialization
    payload = Marshal.load(Base64.decode64(params[:payload]))
    LegacyImport.call(payload)
    head :ok
  end

  def config_push
    # expect: ruby.yaml-load
    settings = YAML.load(request.body.read)
    TenantSettings.apply(settings)
    head :ok
  end

  def config_push_safe
    settings = YAML.safe_load(request.body.read, permitted_classes: [Date, Symbol])
    TenantSettings.apply(settings)
    head :ok
  end

  def defaults
    settings = YAML.load_file(Rails.root.join("config/tenant_defaults.yml"))
    render json: settings
  end

  def restore
    # expect: ruby.unsafe-deserialization
    snapshot = YAML.unsafe_load(params[:snapshot])
    render json: snapshot
  end

  def oj_import
    # expect: ruby.unsafe-deserialization
    data = Oj.load(request.body.read, mode: :object)
    render json: { ok: true, keys: data.keys }
  end

  private

  def verify_signature!
    expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("WEBHOOK_SECRET"), request.raw_post)
    head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(expected, request.headers["X-Signature"].to_s)
  end
end
