<?php
/**
 * Plugin Name: Acme Product Reviews
 * Description: Stores and shows product reviews.
 */

if (!defined('ABSPATH')) {
    exit;
}

add_action('wp_ajax_acme_reviews', 'acme_reviews_list');
add_action('wp_ajax_nopriv_acme_reviews', 'acme_reviews_list');

function acme_reviews_list()
{
    global $wpdb;
    $product = intval($_GET['product'] ?? 0);
    $rows = $wpdb->get_results($wpdb->prepare("SELECT author, rating, body FROM {$wpdb->prefix}reviews WHERE product_id = %d", $product));
    wp_send_json($rows);
}

function acme_reviews_by_author()
{
    global $wpdb;
    $author = $_GET['author'];
    // expect: php.sql-injection
    $rows = $wpdb->get_results("SELECT * FROM {$wpdb->prefix}reviews WHERE author = '$author'");
    wp_send_json($rows);
}

function acme_reviews_render()
{
    $q = $_GET['q'] ?? '';
    echo '<h2>Reviews matching ' . esc_html($q) . '</h2>';
    // expect: php.xss-echo-request
    echo $_GET['sort'];
    // expect: php.xss-echo-request-interpolated
    echo "<p class=\"hint\">Showing page {$_GET['page']}</p>";
    printf('<p>%s</p>', htmlspecialchars($_GET['note'] ?? '', ENT_QUOTES, 'UTF-8'));
}

function acme_reviews_redirect()
{
    // expect: php.open-redirect
    header('Location: ' . $_GET['back']);
    exit;
}

function acme_reviews_safe_redirect()
{
    wp_safe_redirect(wp_validate_redirect($_GET['back'] ?? '', home_url('/')));
    exit;
}
