variable "project_id" {
  type        = string
  description = "GCP project id"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "datadog_api_key" {
  type        = string
  description = "Datadog API key, injected from the CI secret store"
  sensitive   = true
}

variable "admin_password" {
  type      = string
  sensitive = true
  # expect: terraform.variable-secret-default
  default   = "ChangeMe-Adm1n-2024"
}

variable "webhook_token" {
  type = string
  # expect: terraform.variable-secret-default
  default = "c9b3f1e27a8d4b6e9f0a1c2d3e4f5a6b"
}

variable "password_min_length" {
  type    = number
  default = 14
}

variable "token_ttl_seconds" {
  type    = number
  default = 3600
}

variable "secret_rotation_days" {
  type    = number
  default = 90
}

variable "api_key_header" {
  type    = string
  default = "X-Api-Key"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = ""
}

variable "tags" {
  type    = map(string)
  default = { owner = "platform", cost_center = "1234" }
}
