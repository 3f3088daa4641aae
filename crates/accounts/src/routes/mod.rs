//! HTTP routes of the accounts domain: JSON API under `/api/v1/` and the pages.

pub mod api_admin;
pub mod api_auth;
pub mod api_child_signin;
pub mod api_class_signin;
pub mod api_classes;
pub mod api_family;
pub mod api_org_invitations;
pub mod api_orgs;
pub mod dashboard;
pub mod pages_admin;
pub mod pages_auth;
pub mod pages_child_signin;
pub mod pages_classes;
pub mod pages_delete_child;
pub mod pages_family;
pub mod pages_home;
pub mod pages_login_card;
pub mod pages_logout;
pub mod pages_org_invitations;
pub mod pages_orgs;
pub mod pages_pictures;
pub mod pages_profile;
