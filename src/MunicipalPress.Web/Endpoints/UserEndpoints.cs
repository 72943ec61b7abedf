using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.Users;

namespace MunicipalPress.Web.Endpoints;

/// <summary>User management; every route is for administrators only (others get 403).</summary>
public static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");
        group.MapGet("/", ListAsync).WithName("ListUsers");
        group.MapGet("/{id}", GetAsync).WithName("GetUser");
        group.MapPost("/", CreateAsync).WithName("CreateUser");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateUser");
        group.MapPost("/{id}/reset-password", ResetPasswordAsync).WithName("ResetUserPassword");
    }

    private static async Task<Ok<IReadOnlyList<UserDto>>> ListAsync(UserService service, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(user.ToActor(), ct));

    private static async Task<Results<Ok<UserDto>, NotFound>> GetAsync(string id, UserService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.GetAsync(user.ToActor(), id, ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    /// <summary>Creates an account with a role (and, for press officers, a municipality) and an initial password.</summary>
    private static async Task<Created<UserDto>> CreateAsync(CreateUserRequest request, UserService service, ClaimsPrincipal user, CancellationToken ct)
    {
        var created = await service.CreateAsync(user.ToActor(), request, ct);
        return TypedResults.Created($"/api/v1/users/{created.Id}", created);
    }

    /// <summary>Changes name, role, municipality; isDisabled=true disables the account.</summary>
    private static async Task<Results<Ok<UserDto>, NotFound>> UpdateAsync(
        string id, UpdateUserRequest request, UserService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.UpdateAsync(user.ToActor(), id, request, ct) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound();

    /// <summary>Sets a new password (and lifts a lockout).</summary>
    private static async Task<Results<Ok<UserDto>, NotFound>> ResetPasswordAsync(
        string id, ResetPasswordRequest request, UserService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.ResetPasswordAsync(user.ToActor(), id, request, ct) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound();
}
