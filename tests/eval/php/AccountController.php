<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Models\User;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Str;

class AccountController extends Controller
{
    public function register(Request $request)
    {
        $data = $request->validate([
            'email' => ['required', 'email', 'unique:users'],
            'password' => ['required', 'min:12'],
        ]);

        $user = User::create([
            'email' => $data['email'],
            'password' => Hash::make($data['password']),
            'api_token' => Str::random(60),
        ]);

        Auth::login($user);
        return redirect()->intended('/dashboard');
    }

    public function lookup(Request $request)
    {
        $email = $request->query('email');
        return User::where('email', $email)->firstOrFail(['id', 'email']);
    }

    public function legacyLookup(Request $request)
    {
        $email = $request->query('email');
        // expect: php.laravel-raw-sql-injection
        return DB::select("SELECT id, email FROM users WHERE email = '" . $email . "'");
    }

    public function greet(Request $request)
    {
        // expect: php.xss-echo-request
        echo $request->input('name');
    }

    public function greetSafe(Request $request)
    {
        return view('greet', ['name' => $request->input('name')]);
    }

    public function resetCode(User $user)
    {
        // expect: php.rand-for-secret
        $code = rand(1000, 9999);
        $user->forceFill(['reset_code' => Hash::make((string) $code)])->save();
        return response()->noContent();
    }
}
