# frozen_string_literal: true

module ApplicationHelper
  def flash_banner(kind, message)
    content_tag(:div, message, class: "flash flash-#{kind}")
  end

  def user_bio(user)
    # expect: ruby.html-safe-xss
    user.bio_html.html_safe
  end

  def sanitized_bio(user)
    sanitize(user.bio_html, tags: %w[p a strong em ul li], attributes: %w[href])
  end

  def icon(name)
    "<svg class=\"icon\"><use href=\"#icon-#{ERB::Util.html_escape(name)}\"></use></svg>".html_safe
  end

  def static_divider
    "<hr class=\"divider\">".html_safe
  end

  def search_echo
    # expect: ruby.html-safe-xss
    raw("Results for <strong>#{params[:q]}</strong>")
  end

  def comment_body(comment)
    # expect: ruby.html-safe-xss
    "<p>#{comment.body}</p>".html_safe
  end

  def gravatar_url(email)
    hash = Digest::MD5.hexdigest(email.to_s.strip.downcase)
    "https://www.gravatar.com/avatar/#{hash}?s=80"
  end
end
