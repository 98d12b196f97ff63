# frozen_string_literal: true

class PagesController < ApplicationController
  ALLOWED_TEMPLATES = %w[about pricing careers].freeze
  EXPORTERS = { "csv" => CsvExporter, "xlsx" => XlsxExporter }.freeze

  def show
    page = ALLOWED_TEMPLATES.include?(params[:page]) ? params[:page] : "about"
    render template: "pages/#{page}"
  end

  def preview
    # expect: ruby.render-injection
    render inline: "<h1>#{params[:title]}</h1><%= yield %>"
  end

  def legacy
    # expect: ruby.render-injection
    render params[:template]
  end

  def banner
    @message = params[:message]
    render :banner
  end

  def export
    exporter = EXPORTERS.fetch(params[:format], CsvExporter)
    send_data exporter.new(current_user).call
  end

  def export_dynamic
    # expect: ruby.dynamic-dispatch-params
    klass = params[:exporter].constantize
    send_data klass.new(current_user).call
  end

  def sort_items
    items = current_user.items.to_a
    # expect: ruby.dynamic-dispatch-params
    render json: items.map { |i| i.send(params[:field]) }
  end

  def toggle
    item = current_user.items.find(params[:id])
    item.public_send(:toggle!, :archived)
    head :no_content
  end

  def calc
    # expect: ruby.eval-injection
    result = eval(params[:expression])
    render json: { result: result }
  end

  def customize
    # expect: ruby.eval-injection
    Widget.class_eval(params[:code])
    head :ok
  end
end
