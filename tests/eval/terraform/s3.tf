# expect: terraform.aws-s3-versioning-disabled
resource "aws_s3_bucket" "assets" {
  bucket = "acme-prod-static-assets"
  tags   = local.common_tags
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = aws_s3_bucket.assets.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "assets" {
  bucket = aws_s3_bucket.assets.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

# expect: terraform.aws-s3-access-logging-missing, terraform.aws-s3-versioning-disabled
resource "aws_s3_bucket" "marketing_site" {
  bucket = "acme-marketing-site"
}

resource "aws_s3_bucket_acl" "marketing_site" {
  bucket = aws_s3_bucket.marketing_site.id
  # expect: terraform.aws-s3-public-acl
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "marketing_site" {
  bucket = aws_s3_bucket.marketing_site.id
  # expect: terraform.aws-s3-public-access-block-disabled
  block_public_acls   = false
  # expect: terraform.aws-s3-public-access-block-disabled
  block_public_policy = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# expect: terraform.aws-s3-access-logging-missing, terraform.aws-s3-versioning-disabled
resource "aws_s3_bucket" "uploads" {
  bucket = "acme-user-uploads"
  # expect: terraform.aws-s3-public-acl
  acl    = "public-read-write"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.assets.id
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket_acl" "private" {
  bucket = aws_s3_bucket.assets.id
  acl    = "private"
}
