<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Storage;

class ReportController extends Controller
{
    public function index(Request $request)
    {
        $region = $request->query('region', 'emea');
        return DB::table('reports')->where('region', $region)->orderByDesc('created_at')->paginate(25);
    }

    public function search(Request $request)
    {
        $term = $request->input('q');
        // expect: php.laravel-raw-sql-injection
        return DB::select("SELECT id, title FROM reports WHERE title LIKE '%{$term}%'");
    }

    public function totals(Request $request)
    {
        $year = (int) $request->input('year', date('Y'));
        return DB::table('orders')
            ->selectRaw('region, sum(total_cents) as total')
            ->whereRaw('extract(year from created_at) = ?', [$year])
            ->groupBy('region')
            ->get();
    }

    public function byOwner(Request $request)
    {
        // expect: php.laravel-raw-sql-injection
        return DB::table('reports')->whereRaw("owner_id = " . $request->input('owner'))->get();
    }

    public function ranked(Request $request)
    {
        $col = $request->input('col');
        // expect: php.laravel-raw-sql-injection
        return DB::table('reports')->select(DB::raw("$col as metric"))->get();
    }

    public function download(Request $request)
    {
        // expect: php.path-traversal-request
        return response()->download(storage_path('reports/' . $request->input('file')));
    }

    public function downloadSafe(Request $request)
    {
        $name = basename((string) $request->input('file'));
        abort_unless(Storage::disk('reports')->exists($name), 404);
        return Storage::disk('reports')->download($name);
    }

    public function preview()
    {
        // expect: php.path-traversal-request
        $html = file_get_contents('/var/reports/' . $_GET['name']);
        return response($html);
    }

    public function sync()
    {
        $resp = Http::withToken(config('services.warehouse.token'))->timeout(10)->get(config('services.warehouse.url') . '/sync');
        return $resp->json();
    }

    public function syncLegacy()
    {
        // expect: php.http-client-verify-disabled
        $resp = Http::withoutVerifying()->get(config('services.legacy.url') . '/sync');
        return $resp->json();
    }

    public function back(Request $request)
    {
        // expect: php.open-redirect
        return redirect($request->input('return_to'));
    }

    public function home()
    {
        return redirect()->route('reports.index');
    }
}
