# frozen_string_literal: true

require "open3"
require "open-uri"
require "shellwords"

class ReportGenerator
  OUTPUT_DIR = ENV.fetch("REPORT_DIR", "/var/reports")

  def initialize(report)
    @report = report
  end

  def render_pdf(html_path)
    out = File.join(OUTPUT_DIR, "#{@report.id}.pdf")
    system("wkhtmltopdf", html_path, out, exception: true)
    out
  end

  def compress(name)
    # expect: ruby.command-injection
    system("gzip -k #{OUTPUT_DIR}/#{name}")
  end

  def disk_usage
    `du -sh #{Shellwords.escape(OUTPUT_DIR)}`.strip
  end

  def page_count(file)
    # expect: ruby.command-injection
    stdout, _status = Open3.capture2("pdfinfo #{file} | grep Pages")
    stdout[/\d+/].to_i
  end

  def page_count_safe(file)
    stdout, _status = Open3.capture2("pdfinfo", file)
    stdout[/Pages:\s+(\d+)/, 1].to_i
  end

  def git_revision
    `git rev-parse --short HEAD`.strip
  end

  def archive(label)
    # expect: ruby.command-injection
    %x(tar czf /backups/#{label}.tgz #{OUTPUT_DIR})
  end

  def fetch_logo(url)
    # expect: ruby.kernel-open
    open(url).read
  end

  def fetch_template
    URI.parse(ENV.fetch("TEMPLATE_URL")).open(&:read)
  end

  def read_local(path)
    File.read(File.join(OUTPUT_DIR, File.basename(path)))
  end

  def remote_csv(source)
    # expect: ruby.kernel-open
    URI.open(source).read
  end
end
