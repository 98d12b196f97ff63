resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.public.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.main.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "http_redirect" {
  load_balancer_arn = aws_lb.public.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "legacy_http" {
  load_balancer_arn = aws_lb.legacy.arn
  port              = 80
  # expect: terraform.aws-lb-listener-http
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.legacy.arn
  }
}

# expect: terraform.aws-opensearch-logging-disabled
resource "aws_opensearch_domain" "logs" {
  domain_name    = "app-logs"
  engine_version = "OpenSearch_2.11"

  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

# expect: terraform.aws-opensearch-logging-disabled
resource "aws_opensearch_domain" "search_dev" {
  domain_name = "search-dev"

  encrypt_at_rest {
    # expect: terraform.aws-opensearch-encryption-disabled
    enabled = false
  }
  node_to_node_encryption {
    # expect: terraform.aws-opensearch-encryption-disabled
    enabled = false
  }
}

# expect: terraform.aws-opensearch-encryption-missing, terraform.aws-opensearch-logging-disabled
resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy-search"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_type = "r6g.large.elasticsearch"
  }
}
