terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.38"
    }
  }
  backend "s3" {
    bucket = "acme-tf-state"
    key    = "platform/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region = var.region
  # expect: secrets.aws-access-key-id
  access_key = "AKIAVQJXXVBOTHD2WTFL"
  # expect: secrets.aws-secret-access-key, secrets.generic-secret-assignment
  secret_key = "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"
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
}

provider "github" {
  owner = "acme"
  # expect: secrets.github-pat
  token = "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"
}

provider "tfe" {
  # expect: secrets.terraform-cloud-token
  token = "MWnj1VcHUgIRdx.atlasv1.NSJlJfSkaFamowpj9QOOMyPUJ8nPqTxT6PAdCD1fM2WoldRqCiI3w94BP5nCc2PD6Pj"
}
