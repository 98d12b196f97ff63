# frozen_string_literal: true

require "digest"
require "bcrypt"

class User < ApplicationRecord
  has_secure_password

  validates :email, presence: true, uniqueness: { case_sensitive: false }

  scope :active, -> { where(deleted_at: nil) }
  scope :by_domain, ->(domain) { where("email LIKE ?", "%@#{sanitize_sql_like(domain)}") }

  def self.search(term)
    # expect: ruby.sql-injection
    where("name ILIKE '%#{term}%' OR email ILIKE '%#{term}%'")
  end

  def self.find_for_login(email)
    find_by(email: email.downcase)
  end

  def self.legacy_authenticate(email, password)
    user = find_by(email: email)
    # expect: ruby.password-fast-hash
    return user if user && user.legacy_digest == Digest::SHA256.hexdigest(password + user.legacy_salt)
    nil
  end

  def legacy_password=(password)
    self.legacy_salt = SecureRandom.hex(8)
    # expect: ruby.password-fast-hash
    self.legacy_digest = Digest::MD5.hexdigest(password)
  end

  def api_token_digest(token)
    Digest::SHA256.hexdigest(token)
  end

  def avatar_cache_key
    Digest::SHA1.hexdigest("#{id}-#{updated_at.to_i}")
  end

  def self.pluck_by_column(column)
    # expect: ruby.sql-injection
    pluck(Arel.sql("#{column}"))
  end
end
