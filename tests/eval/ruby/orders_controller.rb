# frozen_string_literal: true

class OrdersController < ApplicationController
  before_action :authenticate_user!
  before_action :set_order, only: %i[show update destroy]

  SORTABLE = %w[created_at total_cents status].freeze

  def index
    sort = SORTABLE.include?(params[:sort]) ? params[:sort] : "created_at"
    @orders = current_user.orders.where(status: params[:status] || "paid").order(sort => :desc).limit(50)
    render json: @orders
  end

  def search
    # expect: ruby.sql-injection
    @orders = Order.where("notes LIKE '%#{params[:q]}%'")
    render json: @orders
  end

  def by_region
    @orders = Order.where("region = ?", params[:region])
    render json: @orders
  end

  def stats
    # expect: ruby.sql-injection
    rows = ActiveRecord::Base.connection.execute("SELECT status, count(*) FROM orders WHERE region = '#{params[:region]}' GROUP BY status")
    render json: rows.to_a
  end

  def sorted
    # expect: ruby.sql-injection
    @orders = Order.order(params[:sort]).limit(20)
    render json: @orders
  end

  def create
    @order = current_user.orders.build(order_params)
    if @order.save
      redirect_to @order, notice: "Order created"
    else
      render :new, status: :unprocessable_entity
    end
  end

  def update
    # expect: ruby.mass-assignment-permit-all
    @order.update(params.require(:order).permit!)
    redirect_to @order
  end

  def destroy
    @order.destroy
    # expect: ruby.open-redirect
    redirect_to params[:return_to]
  end

  def back
    redirect_back fallback_location: orders_path
  end

  private

  def set_order
    @order = current_user.orders.find(params[:id])
  end

  def order_params
    params.require(:order).permit(:shipping_address, :notes, line_items_attributes: %i[sku quantity])
  end
end
