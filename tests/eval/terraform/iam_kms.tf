resource "aws_kms_key" "data" {
  description             = "Application data key"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_kms_key" "legacy" {
  description = "Legacy key kept for old backups"
  # expect: terraform.aws-kms-key-rotation-disabled
  enable_key_rotation = false
}

# expect: terraform.aws-kms-key-rotation-missing
resource "aws_kms_key" "exports" {
  description             = "Export bucket key"
  deletion_window_in_days = 7
}

resource "aws_kms_key" "signing" {
  description              = "Asymmetric signing key (rotation not supported)"
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}

data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.assets.arn}/*"]
  }
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.data.arn]
  }
}

resource "aws_iam_policy" "ops_break_glass" {
  name = "ops-break-glass"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      # expect: terraform.aws-iam-wildcard-action
      Action   = "*"
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "ci_deployer" {
  statement {
    # expect: terraform.aws-iam-wildcard-action
    actions   = ["*"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "read_only" {
  statement {
    actions   = ["s3:Get*", "s3:List*"]
    resources = ["*"]
  }
}

# expect: terraform.aws-cloudtrail-kms-missing
resource "aws_cloudtrail" "main" {
  name                          = "org-trail"
  s3_bucket_name                = aws_s3_bucket.assets.id
  is_multi_region_trail         = true
  enable_log_file_validation    = true
}

# expect: terraform.aws-cloudtrail-kms-missing, terraform.aws-cloudtrail-log-validation-disabled, terraform.aws-cloudtrail-not-multi-region
resource "aws_cloudtrail" "sandbox" {
  name           = "sandbox-trail"
  s3_bucket_name = aws_s3_bucket.assets.id
  # expect: terraform.aws-cloudtrail-logging-disabled
  enable_logging = false
}
